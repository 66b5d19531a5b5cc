import { Component, type ReactNode } from 'react';

/**
 * Catches a page that throws while rendering, or whose chunk fails to load (e.g. after a
 * deploy), and shows `fallback` instead of a blank screen. Resets when the path changes.
 */
export class RouteErrorBoundary extends Component<{ resetKey: string; fallback: ReactNode; children: ReactNode }, { error: unknown; resetKey: string }> {
  override state = { error: null as unknown, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    return this.state.error ? this.props.fallback : this.props.children;
  }
}
