// Page-wide keys: `/` focuses the search box, Esc clears the selection.

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function bindKeyboard(focusSearch: () => void, clearSelection: () => void): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '/' && !isEditable(event.target)) {
      event.preventDefault();
      focusSearch();
    } else if (event.key === 'Escape') {
      clearSelection();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
