/*
 * The OAI functions' words in German: for now only the month names the period argument reads
 * ("Juli 2025"); the messages are English in every Excel (FunctionWords, en-functions.ts).
 */
import type { FunctionWords } from "./words";

export const months: FunctionWords["months"] = [
  ["JAN", "JANUAR", "JÄNNER", "JAENNER"],
  ["FEB", "FEBRUAR"],
  ["MÄR", "MÄRZ", "MAERZ", "MRZ"],
  ["APR", "APRIL"],
  ["MAI"],
  ["JUN", "JUNI"],
  ["JUL", "JULI"],
  ["AUG", "AUGUST"],
  ["SEP", "SEPT", "SEPTEMBER"],
  ["OKT", "OKTOBER"],
  ["NOV", "NOVEMBER"],
  ["DEZ", "DEZEMBER"],
];
