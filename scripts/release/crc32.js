// CRC-32 (the IEEE polynomial, reflected), the checksum both ZIP entries and PNG chunks carry.
// Node's zlib.crc32 arrives only in Node 22.2; the project supports Node 20.
/** The CRC-32 of a buffer, as an unsigned 32-bit number. */
function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

module.exports = { crc32 };
