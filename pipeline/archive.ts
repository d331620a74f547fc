import { ZipArchive, isZip, type ZipEntry } from '../corpus/zip.js';
import { readerFor, type ReadLimits } from '../corpus/readers/index.js';
import type { ArchiveListing, ArchiveMember } from './cache.js';
import { failureReason } from './errors.js';
import { sha256 } from './read.js';

/** Separates an archive's path from a member's: `bundle.zip!/folder/file.docx`. */
export const MEMBER_SEPARATOR = '!/';

/**
 * True when the bytes are a ZIP archive of files to ingest one by one, rather than a document that happens
 * to be a ZIP inside (DOCX, ODT): those go to their reader whole.
 */
export function isArchive(bytes: Uint8Array, path: string): boolean {
  if (!isZip(bytes)) return false;
  const format = readerFor(bytes, path).format;
  return format === 'zip' || format === 'txt';
}

/**
 * Lists an archive's members with their hashes, inflating each within the archive's budget of inflated
 * bytes (`maxInflatedBytes`, `maxCompressionRatio`). A member that cannot be read (bomb, unsafe name,
 * encrypted, corrupt) is listed with its reason; an archive that cannot be opened gets a reason of its own.
 */
export function listArchive(bytes: Uint8Array, limits: ReadLimits, maxMembers: number): ArchiveListing {
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(bytes, limits, { allowUnsafeNames: true });
  } catch (err) {
    return { reason: failureReason(err), members: [] };
  }
  const files = zip.entries.filter((e) => !e.directory).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (files.length > maxMembers) {
    return { reason: `too-many-members: archive: ${files.length} members exceed the limit of ${maxMembers}`, members: [] };
  }
  const members: ArchiveMember[] = [];
  const names = new Set<string>();
  for (const entry of files) {
    const name = memberName(entry);
    if (names.has(name)) continue; // a name stored twice: the first counts, as unzip does
    names.add(name);
    try {
      const data = zip.read(entry);
      const member: ArchiveMember = { name, sha256: sha256(data), bytes: data.length };
      if (isArchive(data, name)) member.archive = true;
      members.push(member);
    } catch (err) {
      members.push({ name, sha256: '', bytes: entry.size, reason: failureReason(err) });
    }
  }
  return { members };
}

/** Inflates one member of an archive (already listed, so within the limits). */
export function readMember(bytes: Uint8Array, name: string, limits: ReadLimits): Buffer {
  const zip = ZipArchive.open(bytes, limits, { allowUnsafeNames: true });
  const entry = zip.entries.find((e) => !e.directory && memberName(e) === name);
  if (!entry) throw new Error(`archive: no member "${name}"`);
  return zip.read(entry);
}

/** A member's name as it appears in paths: forward slashes. */
function memberName(entry: ZipEntry): string {
  return entry.name.replace(/\\/g, '/');
}
