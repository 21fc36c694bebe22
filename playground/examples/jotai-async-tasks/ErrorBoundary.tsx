import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "the tasks", "the comments". */
  what: string;
  /** Makes the failed atom fetch again (e.g. refreshes it); called before the children re-render. */
  onRetry: () => void;
  children: ReactNode;
}

/**
 * Catches what a suspending atom threw (its request's error) and offers to try again.
 * React has no hook for this yet: error boundaries are still class components.
 */
export default class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  retry = () => {
    // Refresh first: re-rendering without it would read the same rejected promise again.
    this.props.onRetry();
    this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert">
        <p>
          Could not load {this.props.what}: {this.state.error.message}
        </p>
        <button onClick={this.retry}>Try again</button>
      </div>
    );
  }
}
