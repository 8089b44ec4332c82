// The sections of a wasm binary, for the build's scripts that keep or copy some
// of them (build/optimize-wasm.mjs, build/bundle-chunks.mjs).

/** An unsigned LEB128 number at `at`: its value and the offset after it. */
function leb128(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/**
 * Each section of the module after its 8-byte header: its bytes (id, size and
 * content) and, for a custom section (id 0), its name.
 */
export function* sections(bytes) {
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at];
    const [size, content] = leb128(bytes, at + 1);
    at = content + size;
    let name;
    if (id === 0) {
      const [nameLength, nameStart] = leb128(bytes, content);
      name = new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength));
    }
    yield { id, name, bytes: bytes.subarray(start, at) };
  }
}

/** The module without its custom "name" section: binaryen warns about each
 * subsection it does not know, and an optimised module drops it anyway. */
export function withoutNames(bytes) {
  const kept = [bytes.subarray(0, 8)];
  for (const section of sections(bytes)) {
    if (section.name !== 'name') kept.push(section.bytes);
  }
  return Buffer.concat(kept);
}
