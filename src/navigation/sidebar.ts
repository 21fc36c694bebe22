/**
 * The sidebar, and the list of guides: Starlight draws it (astro.config.mjs), and the home page
 * lists the guides from it (src/components/GuideList.astro), so a guide added here appears on
 * both. Every slug must be a page under content/docs/ (tests/unit/navigation.test.ts).
 */
export interface SidebarGroup {
  label: string;
  items: { label: string; slug: string }[];
}

export const SIDEBAR: SidebarGroup[] = [
  {
    label: 'Architecture',
    items: [{ label: 'The map of state', slug: 'architecture/overview' }],
  },
  {
    label: 'Patterns',
    items: [
      { label: 'Reading a playground', slug: 'patterns/playgrounds' },
      { label: 'Reading the timeline', slug: 'patterns/visualizer' },
      { label: 'Redux Toolkit', slug: 'patterns/redux-toolkit' },
      { label: 'TanStack Query', slug: 'patterns/tanstack-query' },
      { label: 'Jotai', slug: 'patterns/jotai' },
      { label: 'Zustand', slug: 'patterns/zustand' },
      { label: 'React Context', slug: 'patterns/react-context' },
      { label: 'Valtio and MobX', slug: 'patterns/valtio' },
      { label: 'Real-time sync', slug: 'patterns/real-time' },
      { label: 'Persistence and hydration', slug: 'patterns/persistence' },
      { label: 'Type-safe state', slug: 'patterns/type-safety' },
      { label: 'Performance', slug: 'patterns/performance' },
      { label: 'Testing state', slug: 'patterns/testing' },
    ],
  },
  {
    label: 'Migration',
    items: [
      { label: 'Path 1: overview', slug: 'migration/overview' },
      { label: 'Path 1, step 1: Redux Toolkit slices', slug: 'migration/path-1/step-1-rtk-slices' },
      { label: 'Path 1, step 2: server state', slug: 'migration/path-1/step-2-server-state' },
      { label: 'Path 1, step 3: client state', slug: 'migration/path-1/step-3-client-state' },
      { label: 'Path 1 checklist', slug: 'migration/path-1/checklist' },
      { label: 'Upgrade notes', slug: 'migration/upgrade-notes' },
    ],
  },
  {
    label: 'Contributing',
    items: [
      { label: 'Working on StateLab', slug: 'contributing/overview' },
      { label: 'Adding an example', slug: 'contributing/adding-an-example' },
    ],
  },
];
