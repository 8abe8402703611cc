// `pnpm bench:placement`: what the server's check of an update (findUpdateRefusal, placement included) costs on
// documents of growing size: for a keystroke (the quick check alone), and for a reconnect whose run the quick check
// cannot place (a first letter lost in a crash, the next typed beside a concurrent insertion), which is confirmed
// on a copy of the document. Against applying the update alone. Prints numbers; asserts nothing.
import { ArrivalOrder, findUpdateRefusal } from '@yttra/server';
import * as Y from 'yjs';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 20);
const SIZES = (process.env.BENCH_PARAGRAPHS ?? '500,5000,20000').split(',').map(Number);

/** A document of `paragraphs` paragraphs written by three clients in turn, with some text deleted. */
function documentOf(paragraphs: number): Uint8Array {
  const writers = [1, 2, 3].map((clientID) => {
    const doc = new Y.Doc();
    doc.clientID = clientID;
    return doc;
  });
  for (let index = 0; index < paragraphs; index++) {
    const writer = writers[index % 3] as Y.Doc;
    const fragment = writer.getXmlFragment('default');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(`Stycke ${index}: nämnden beslutar att bifalla förslaget.`)]);
    fragment.insert(fragment.length, [paragraph]);
    if (index % 7 === 0) ((fragment.get(fragment.length - 1) as Y.XmlElement).get(0) as Y.XmlText).delete(0, 7);
    const update = Y.encodeStateAsUpdate(writer, Y.encodeStateVector(writers[(index + 1) % 3] as Y.Doc));
    for (const other of writers) if (other !== writer) Y.applyUpdate(other, update);
  }
  return Y.encodeStateAsUpdate(writers[0] as Y.Doc);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

for (const paragraphs of SIZES) {
  const state = documentOf(paragraphs);
  const load = () => {
    const doc = new Y.Doc();
    const arrival = new ArrivalOrder(doc);
    Y.applyUpdate(doc, state);
    return { doc, arrival };
  };
  const { doc: server, arrival } = load();
  let structs = 0;
  for (const list of server.store.clients.values()) structs += list.length;
  const text = () => (server.getXmlFragment('default').get(Math.floor(paragraphs / 2)) as Y.XmlElement).get(0);
  const middle = (text() as Y.XmlText).length;

  // A keystroke in the middle of the document.
  const typist = load().doc;
  typist.clientID = 50;
  const before = Y.encodeStateVector(typist);
  ((typist.getXmlFragment('default').get(Math.floor(paragraphs / 2)) as Y.XmlElement).get(0) as Y.XmlText).insert(
    3,
    'x',
  );
  const keystroke = Y.encodeStateAsUpdate(typist, before);

  // The reconnect: "x" lost, "X" of another client stored and received, then "y" typed between them.
  const writer = load().doc;
  writer.clientID = 60;
  const other = load().doc;
  other.clientID = 70;
  const textOf = (doc: Y.Doc) =>
    (doc.getXmlFragment('default').get(Math.floor(paragraphs / 2)) as Y.XmlElement).get(0) as Y.XmlText;
  textOf(writer).insert(middle, 'x');
  const otherBefore = Y.encodeStateVector(other);
  textOf(other).insert(middle, 'X');
  const concurrent = Y.encodeStateAsUpdate(other, otherBefore);
  Y.applyUpdate(server, concurrent);
  Y.applyUpdate(writer, concurrent);
  textOf(writer).insert(middle + 1, 'y');
  const reconnect = Y.encodeStateAsUpdate(writer, Y.encodeStateVector(server));

  for (const [name, update] of [
    ['keystroke', keystroke],
    ['reconnect', reconnect],
  ] as const) {
    const decoded = Y.decodeUpdate(update);
    const refusal = findUpdateRefusal(server, update, decoded, arrival.of);
    const checks = Array.from({ length: REPEATS }, () =>
      time(() => findUpdateRefusal(server, update, Y.decodeUpdate(update), arrival.of)),
    );
    const applies = Array.from({ length: REPEATS }, () => {
      const { doc } = load();
      Y.applyUpdate(doc, concurrent);
      return time(() => Y.applyUpdate(doc, update));
    });
    console.log(
      `${String(paragraphs).padStart(6)} paragraphs (${structs} structs) ${name.padEnd(9)}: ` +
        `check ${median(checks).toFixed(2)} ms, apply alone ${median(applies).toFixed(2)} ms (medians of ${REPEATS})` +
        (refusal ? `  REFUSED: ${refusal.reason}` : ''),
    );
  }
}
