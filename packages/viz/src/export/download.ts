// Saving a file from the page: a blob, an object URL and a temporary link.

/** Offers `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the table's name: `plan.txt` → `plan-metrics.csv`. */
export function exportName(file: string, suffix: string, extension: string): string {
  const base = (file.split(/[\\/]/).pop() ?? 'fengong').replace(/\.[^.]*$/, '') || 'fengong';
  return `${base}-${suffix}.${extension}`;
}
