import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { SessionProvider } from '../src/session/SessionContext';

/** Renders a page the way App does: inside the session. */
export function renderPage(Page: ComponentType) {
  return render(
    <SessionProvider>
      <Page />
    </SessionProvider>,
  );
}
