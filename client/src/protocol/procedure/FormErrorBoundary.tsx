import { Component, type ReactNode } from 'react';

/**
 * A block written by another version or by hand may not have the shape its form expects: the form is then replaced
 * by a message instead of taking the whole editor down. The block itself is left as it is.
 */
export class FormErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: string | null }> {
  override state = { failed: null as string | null };

  static getDerivedStateFromError(): { failed: string } {
    return { failed: 'failed' };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: null });
  }

  override render() {
    if (this.state.failed) {
      return (
        <p className="field-error">Blocket har en form som formuläret inte känner igen och kan inte redigeras här.</p>
      );
    }
    return this.props.children;
  }
}
