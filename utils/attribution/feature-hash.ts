/**
 * Integer hashing for the taggers' features: token texts are hashed once, and every feature after
 * that is integer mixing, so training and inference agree bit for bit and the model file never
 * holds text.
 */

/** FNV-1a of a string with a seed: how token texts become feature numbers. */
export function hashString(s: string, seed: number): number {
  let h = seed ^ 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Mixes integers into one feature hash (murmur3 finaliser steps). */
export function mix(a: number, b: number, c = 0, d = 0, e = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ d, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ e, 0x85ebca6b);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * `mix` split at its second argument: `head2(a, b)` is the state after (a, b), and
 * `tail2(head2(a, b), c, d, e) === mix(a, b, c, d, e)`. Hot loops hash the part that is constant
 * over a cue once and finish per token, with the same values (the model file is unaffected).
 */
export function head2(a: number, b: number): number {
  const h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  return Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
}

/** Finishes `mix` from the state after its second argument. */
export function tail2(h: number, c: number, d: number, e: number): number {
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ d, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ e, 0x85ebca6b);
  return (h ^ (h >>> 16)) | 0;
}

/** State of `mix` after its third argument, from the state after the second. */
export function head3(h: number, c: number): number {
  return Math.imul(h ^ (h >>> 16) ^ c, 0x85ebca6b);
}

/** Finishes `mix` from the state after its third argument. */
export function tail3(h: number, d: number, e: number): number {
  h = Math.imul(h ^ (h >>> 13) ^ d, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ e, 0x85ebca6b);
  return (h ^ (h >>> 16)) | 0;
}

/** Distance buckets: exact up to 3, then coarser. */
export const bucket = (d: number): number => (d < 4 ? d : d < 6 ? 4 : d < 9 ? 5 : d < 16 ? 6 : d < 32 ? 7 : 8);

