import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** what failed, for the message: "the Settings section" */
  what: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** A rendering bug in one section shows a message in that section; the navigation and status bar keep working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Crossdock: ${this.props.what} failed to render`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="section-error" role="alert">
        <h2>Something went wrong in {this.props.what}</h2>
        <p>The rest of Crossdock still works. Your data is safe in the workspace.</p>
        <pre className="section-error-detail">{error.message}</pre>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
