import { createElement, type PropsWithChildren } from 'react';
import { installButtonSemantics } from './components/a11y';
import { applyToDocument } from './display/textSize';
import { SessionProvider } from './session/SessionContext';
import './app.css';

// H5: the text size on the root element before the first page draws, and Taro's buttons made
// buttons to assistive technology.
if (process.env.TARO_ENV === 'h5') {
  applyToDocument();
  installButtonSemantics();
}

// Every page renders inside App, so the session is shared by all of them.
function App({ children }: PropsWithChildren) {
  return createElement(SessionProvider, null, children);
}

export default App;
