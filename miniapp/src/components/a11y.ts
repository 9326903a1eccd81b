// H5: Taro draws its Button as a <taro-button-core> custom element, which assistive technology
// does not know as a button and the keyboard cannot reach. One observer gives every one of them
// the button role and a place in the focus order, and Enter or Space presses anything with the
// button role (these and components/Tap.tsx), as a native button would be pressed.

/** Taro's Input and Textarea put aria-* on their wrapper: the inner field needs the name. */
function nameField(wrapper: Element) {
  const field = wrapper.querySelector('input, textarea');
  if (!field) return;
  for (const name of ['aria-label', 'aria-labelledby']) {
    const value = wrapper.getAttribute(name);
    if (value && !field.hasAttribute(name)) field.setAttribute(name, value);
  }
  if (!field.hasAttribute('aria-label') && !field.hasAttribute('aria-labelledby')) {
    const placeholder = field.getAttribute('placeholder');
    if (placeholder) field.setAttribute('aria-label', placeholder);
  }
}

function mark(button: Element) {
  if (!button.hasAttribute('role')) button.setAttribute('role', 'button');
  const disabled = button.hasAttribute('disabled');
  button.setAttribute('tabindex', disabled ? '-1' : '0');
  button.setAttribute('aria-disabled', String(disabled));
}

export function installButtonSemantics(root: Document = document): void {
  if (!root.body) {
    root.addEventListener('DOMContentLoaded', () => installButtonSemantics(root), { once: true });
    return;
  }
  const markAll = (node: ParentNode) => {
    node.querySelectorAll('taro-button-core').forEach(mark);
    node.querySelectorAll('taro-input-core, taro-textarea-core').forEach(nameField);
  };
  markAll(root);
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === 'attributes') mark(change.target as Element);
      change.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        if (node.tagName === 'TARO-BUTTON-CORE') mark(node);
        if (node.tagName === 'INPUT' || node.tagName === 'TEXTAREA') nameField(node.parentElement ?? node);
        markAll(node);
      });
    }
  }).observe(root.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (!target || target.getAttribute('role') !== 'button') return;
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (target.getAttribute('aria-disabled') === 'true') return;
    event.preventDefault();
    target.click();
  });
}
