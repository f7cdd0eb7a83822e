// The last table the user opened, kept in this browser (IndexedDB), so that a reload shows it again
// instead of silently falling back to the bundled plan. Nothing leaves the browser.

const DB = 'fengong';
const STORE = 'opened';
const KEY = 'last';
/** Set while a table is kept, so a reload knows to expect one even if IndexedDB then fails. */
const FLAG = 'fengong:opened';

export interface KeptTable {
  name: string;
  bytes: ArrayBuffer;
}

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB: cannot open'));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = action(transaction.objectStore(STORE));
      request.onerror = () => reject(request.error ?? new Error('IndexedDB: request failed'));
      // A request's success is not yet a commit: a reload right after it could lose a write. A
      // write is done when its transaction completes; a read as soon as its request succeeds.
      if (mode === 'readonly') request.onsuccess = () => resolve(request.result);
      else {
        transaction.oncomplete = () => resolve(request.result);
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB: transaction aborted'));
      }
    });
  } finally {
    db.close();
  }
}

/** Keeps `bytes` as the table to reopen; false when the browser refuses (private mode, quota). */
export async function keepTable(name: string, bytes: ArrayBuffer): Promise<boolean> {
  try {
    await run('readwrite', (s) => s.put({ name, bytes: bytes.slice(0) } satisfies KeptTable, KEY));
    localStorage.setItem(FLAG, name);
    return true;
  } catch {
    return false;
  }
}

/**
 * The kept table: `{ table }` when there is one, `{ lost: name }` when one was kept but cannot be
 * read back (storage cleared or refused), `{}` when none was kept.
 */
export async function keptTable(): Promise<{ table?: KeptTable; lost?: string }> {
  let expected: string | null = null;
  try {
    expected = localStorage.getItem(FLAG);
  } catch {
    expected = null;
  }
  if (expected === null) return {};
  try {
    const found = await run<KeptTable | undefined>('readonly', (s) => s.get(KEY) as IDBRequest<KeptTable | undefined>);
    return found === undefined ? { lost: expected } : { table: found };
  } catch {
    return { lost: expected };
  }
}

/** Forgets the kept table (the bundled plan is shown from now on). */
export async function forgetTable(): Promise<void> {
  try {
    localStorage.removeItem(FLAG);
    await run('readwrite', (s) => s.delete(KEY));
  } catch {
    // Nothing kept, or storage refused: nothing to forget.
  }
}
