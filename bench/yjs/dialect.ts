import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type ServerKey = 'ours' | 'y-websocket-server' | 'hocuspocus';

/**
 * How one server frames the y-websocket messages (sync and awareness) a client exchanges with
 * it. Ours and @y/websocket-server speak the plain protocol, one document per socket named in the
 * URL; Hocuspocus prefixes every message with the document name and wants an auth message first.
 */
export interface Dialect {
  url(port: number, docId: string): string;
  /** What a client sends as soon as the socket opens, before its sync step 1. */
  hello(docId: string): Uint8Array[];
  /** A y-websocket message (type, then payload) as this server expects it. */
  frame(docId: string, message: Uint8Array): Uint8Array;
  /** The y-websocket message inside a received frame, or null for this server's own messages. */
  unframe(data: Uint8Array): Uint8Array | null;
}

const plain = (url: (port: number, docId: string) => string): Dialect => ({
  url,
  hello: () => [],
  frame: (_docId, message) => message,
  unframe: (data) => data,
});

// Hocuspocus message types (MessageType in @hocuspocus/server); 2 (auth) and 8 (sync status,
// its per-update acknowledgement) carry nothing a y-websocket client reads.
const hocuspocusSync = 0;
const hocuspocusAwareness = 1;
const hocuspocusAuth = 2;
const authToken = 0;

const hocuspocus: Dialect = {
  url: (port) => `ws://127.0.0.1:${port}/`,
  hello: (docId) => [
    encode((encoder) => {
      encoding.writeVarString(encoder, docId);
      encoding.writeVarUint(encoder, hocuspocusAuth);
      encoding.writeVarUint(encoder, authToken);
      encoding.writeVarString(encoder, 'bench');
    }),
  ],
  frame: (docId, message) =>
    encode((encoder) => {
      encoding.writeVarString(encoder, docId);
      encoding.writeUint8Array(encoder, message);
    }),
  unframe(data) {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    const start = decoder.pos;
    const type = decoding.readVarUint(decoder);
    return type === hocuspocusSync || type === hocuspocusAwareness ? data.subarray(start) : null;
  },
};

export const dialects: Record<ServerKey, Dialect> = {
  // Our rooms authorize every token in the benchmark (see ours-server.ts); one is still required.
  ours: plain((port, docId) => `ws://127.0.0.1:${port}/yjs/${docId}?token=bench`),
  'y-websocket-server': plain((port, docId) => `ws://127.0.0.1:${port}/${docId}`),
  hocuspocus,
};

export function encode(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}
