import { Component, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  fallback: (props: { error: unknown; reset: () => void }) => ReactNode;
  /** When any of these change, a shown error is cleared (e.g. the filters changed). */
  resetKeys?: unknown[];
  onReset?: () => void;
};
type State = { error: unknown; failed: boolean };

/**
 * Keeps a failure inside the panel it happened in, so the rest of the page stays usable.
 * React still only offers error boundaries as class components.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  componentDidUpdate(previous: Props) {
    if (this.state.failed && !sameKeys(previous.resetKeys, this.props.resetKeys)) this.reset();
  }

  reset = () => {
    this.props.onReset?.();
    this.setState({ error: null, failed: false });
  };

  render() {
    if (this.state.failed) return this.props.fallback({ error: this.state.error, reset: this.reset });
    return this.props.children;
  }
}

function sameKeys(a: unknown[] = [], b: unknown[] = []) {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
