/**
 * What Wegwijs keeps on the device itself (IndexedDB), for working without a
 * connection (docs/decisions/004-offline-contact.md):
 * - "wachtrij": contacts that were saved without a connection (or whose answer
 *   never arrived), waiting to be sent with their own aanvraagSleutel;
 * - "concepten": what someone is typing in the log form, so nothing is lost
 *   when the tab closes.
 * Each entry holds exactly the form's fields plus the person's name the form
 * showed, and the id of the user who made it. Sending removes an entry;
 * signing out removes everything.
 */

export type Velden = [string, string][];

export interface WachtItem {
  aanvraagSleutel: string;
  gebruikerId: string;
  inburgeraarId: string;
  /** The person's name as the form showed it, so the list of waiting contacts is readable. */
  naam: string;
  /** "Huisbezoek, 3 maart 2026 14:05". */
  omschrijving: string;
  velden: Velden;
  aangemaaktOp: number;
  /** "wacht": sent automatically; "probleem": the server refused it (e.g. changed meanwhile), the user decides. */
  status: "wacht" | "probleem";
  melding?: string;
}

export interface Concept {
  sleutel: string;
  gebruikerId: string;
  velden: Velden;
  bewaardOp: number;
}

const DB_NAAM = "wegwijs-apparaat";
const WACHTRIJ = "wachtrij";
const CONCEPTEN = "concepten";
/** Listeners (the waiting-contacts bar, forms) reload on this event. */
export const WACHTRIJ_EVENT = "wegwijs-wachtrij";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAAM, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(WACHTRIJ)) db.createObjectStore(WACHTRIJ, { keyPath: "aanvraagSleutel" });
      if (!db.objectStoreNames.contains(CONCEPTEN)) db.createObjectStore(CONCEPTEN, { keyPath: "sleutel" });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function metStore<T>(store: string, modus: IDBTransactionMode, werk: (s: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(store, modus);
      const req = werk(tx.objectStore(store));
      tx.oncomplete = () => resolve(req ? req.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

const meld = () => window.dispatchEvent(new Event(WACHTRIJ_EVENT));

export async function zetInWachtrij(item: WachtItem): Promise<void> {
  await metStore(WACHTRIJ, "readwrite", (s) => s.put(item));
  meld();
}

/** The waiting contacts of this user, oldest first. */
export async function leesWachtrij(gebruikerId: string): Promise<WachtItem[]> {
  const alle = ((await metStore<WachtItem[]>(WACHTRIJ, "readonly", (s) => s.getAll())) ?? []) as WachtItem[];
  return alle.filter((i) => i.gebruikerId === gebruikerId).sort((a, b) => a.aangemaaktOp - b.aangemaaktOp);
}

export async function werkWachtItemBij(item: WachtItem): Promise<void> {
  await metStore(WACHTRIJ, "readwrite", (s) => s.put(item));
  meld();
}

export async function verwijderUitWachtrij(aanvraagSleutel: string): Promise<void> {
  await metStore(WACHTRIJ, "readwrite", (s) => s.delete(aanvraagSleutel));
  meld();
}

export async function bewaarConcept(concept: Concept): Promise<void> {
  await metStore(CONCEPTEN, "readwrite", (s) => s.put(concept));
}

export async function leesConcept(sleutel: string, gebruikerId: string): Promise<Concept | null> {
  const c = (await metStore<Concept>(CONCEPTEN, "readonly", (s) => s.get(sleutel))) as Concept | undefined;
  return c && c.gebruikerId === gebruikerId ? c : null;
}

export async function wisConcept(sleutel: string): Promise<void> {
  await metStore(CONCEPTEN, "readwrite", (s) => s.delete(sleutel));
}

/**
 * Removes what another user left on this device: the storage holds only the
 * signed-in user's contacts and drafts (a shared office phone).
 */
export async function wisVanAnderen(gebruikerId: string): Promise<void> {
  const db = await open();
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction([WACHTRIJ, CONCEPTEN], "readwrite");
      for (const naam of [WACHTRIJ, CONCEPTEN]) {
        const req = tx.objectStore(naam).openCursor();
        req.onsuccess = () => {
          const cursor = req.result;
          if (!cursor) return;
          if ((cursor.value as { gebruikerId?: string }).gebruikerId !== gebruikerId) cursor.delete();
          cursor.continue();
        };
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** On sign-out: nothing of Wegwijs stays on the device. */
export async function wisAlles(): Promise<void> {
  const db = await open();
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction([WACHTRIJ, CONCEPTEN], "readwrite");
      tx.objectStore(WACHTRIJ).clear();
      tx.objectStore(CONCEPTEN).clear();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
  meld();
}

/** How many contacts of anyone still wait on this device (for the sign-out warning). */
export async function aantalWachtend(): Promise<number> {
  return ((await metStore<number>(WACHTRIJ, "readonly", (s) => s.count())) ?? 0) as number;
}

export function naarFormData(velden: Velden): FormData {
  const fd = new FormData();
  for (const [k, v] of velden) fd.append(k, v);
  return fd;
}

export function uitFormData(fd: FormData): Velden {
  const velden: Velden = [];
  for (const [k, v] of fd.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) velden.push([k, v]);
  return velden;
}
