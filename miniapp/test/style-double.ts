// What a page's `import './index.css'` loads in tests: nothing (vitest did not process CSS either).
export {};
