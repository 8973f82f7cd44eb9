import { Component, type ReactNode } from 'react';
import { translate } from '../i18n/translate';
import { currentLanguage } from './language';

/** The top-level error screen: says the data is safe and offers a reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const language = currentLanguage();
    return (
      <main className="screen notice" role="alert">
        <h1>{translate(language, 'app.error.title')}</h1>
        <p>{translate(language, 'app.error.body')}</p>
        <button type="button" className="btn btn-big btn-primary" onClick={() => window.location.reload()}>
          {translate(language, 'app.reload')}
        </button>
      </main>
    );
  }
}
