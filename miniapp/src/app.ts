import { createElement, type PropsWithChildren } from 'react';
import { applyToDocument } from './display/textSize';
import { SessionProvider } from './session/SessionContext';
import './app.css';

// H5: the text size on the root element before the first page draws.
applyToDocument();

// Every page renders inside App, so the session is shared by all of them.
function App({ children }: PropsWithChildren) {
  return createElement(SessionProvider, null, children);
}

export default App;
