// The user's actions, as one typed interface the components call (implemented in app.ts).
import type { State } from '../state.js';

/** The canvas's camera buttons: zoom in or out, fit the focused neighbourhood (else everything), reset. */
export type CameraMove = 'zoomIn' | 'zoomOut' | 'fit' | 'reset';

export interface Actions {
  hover(node: string | null): void;
  /** Selects a node (or clears the selection); `fly` moves the camera to show it with its neighbours. */
  select(node: string | null, options?: { fly?: boolean }): void;
  /**
   * Any other state change (view, layout, colour, size, weight, filters, sort, language). A change
   * of view keeps the selection (and the hover) when the new view draws that node, else clears it;
   * so does a change of filters (`hiddenCategories`, `hideCollective`), which also recomputes the
   * metrics and lays the view out again on what stays visible.
   */
  set(patch: Partial<State>): void;
  /** Shows or hides one category's tasks. */
  showCategory(category: string, visible: boolean): void;
  /** Shows or hides several categories at once (the legend's 其他 / other entry). */
  showCategories(categories: readonly string[], visible: boolean): void;
  /** Shows or hides every category. */
  showAllCategories(visible: boolean): void;
  /** Moves the camera of the canvas view. */
  camera(move: CameraMove): void;
  /** Lays the current view out again. */
  relayout(): void;
  /** Opens a table from text; parse errors are shown and the current view kept. Returns whether it opened. */
  openText(text: string, file: string): boolean;
  openFile(file: File): Promise<boolean>;
  /**
   * Opens a table pasted from the clipboard: its `text/html` (a table copied from a web page,
   * Word or WPS) when there is one, else its plain text.
   */
  openPaste(html: string, text: string): Promise<boolean>;
  /** Opens a table from a same-origin URL (`?src=`). */
  openUrl(src: string): Promise<boolean>;
  /** PNG of the view (or of the matrix in the matrix view) at `scale` × (1, 2 or 4). */
  exportPng(scale?: number): Promise<void>;
  /** SVG of the view (or of the matrix in the matrix view). */
  exportSvg(): Promise<void>;
  exportGexf(): Promise<void>;
  exportCsv(): void;
  /** The ranking as an Excel workbook (the CSV's table on one sheet; write-excel-file, loaded on use). */
  exportXlsx(): Promise<void>;
}
