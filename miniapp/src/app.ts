import { createElement, type PropsWithChildren } from 'react';
import { SessionProvider } from './session/SessionContext';
import './app.css';

// Every page renders inside App, so the session is shared by all of them.
function App({ children }: PropsWithChildren) {
  return createElement(SessionProvider, null, children);
}

export default App;
