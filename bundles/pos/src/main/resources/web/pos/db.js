// The till's IndexedDB: the outbox of tickets not yet accepted by the API, the ones it refused,
// the last ones sent (reprint, returns), and the products and households seen while online.
const NAME = 'vivres-pos';
const VERSION = 1;
let opening = null;

export function openDb() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const req = indexedDB.open(NAME, VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        db.createObjectStore('outbox', { keyPath: 'id' });
        db.createObjectStore('rejected', { keyPath: 'id' });
        db.createObjectStore('sent', { keyPath: 'id' }).createIndex('documentNo', 'documentNo');
        db.createObjectStore('products', { keyPath: 'id' }).createIndex('sku', 'sku');
        db.createObjectStore('households', { keyPath: 'reference' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  return opening;
}

function run(store, mode, work) {
  return openDb().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode);
    let result;
    const req = work(tx.objectStore(store));
    if (req && 'onsuccess' in req) req.onsuccess = () => { result = req.result; };
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  }));
}

/** Durable once the promise resolves: the transaction has committed. */
export const put = (store, value) => run(store, 'readwrite', (s) => s.put(value));
export const putAll = (store, values) => run(store, 'readwrite', (s) => { values.forEach((v) => s.put(v)); });
export const get = (store, key) => run(store, 'readonly', (s) => s.get(key));
export const getAll = (store) => run(store, 'readonly', (s) => s.getAll());
export const remove = (store, key) => run(store, 'readwrite', (s) => s.delete(key));
export const count = (store) => run(store, 'readonly', (s) => s.count());
export const byIndex = (store, index, key) => run(store, 'readonly', (s) => s.index(index).get(key));

/** Moves `value` from one store to another in one transaction: never in both, never in neither. */
export function move(from, to, key, value) {
  return openDb().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction([from, to], 'readwrite');
    tx.objectStore(from).delete(key);
    tx.objectStore(to).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  }));
}
