/** The visualizer panel beside a playground (being built: see issue 5). */
export default function Visualizer({ playgroundId }: { playgroundId: string; sandboxOrigin: string }) {
  return <div className="visualizer" data-visualizer={playgroundId} />;
}
