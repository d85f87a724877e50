// Package entities holds vnpol's recognizers, one package each, and the
// data they use, embedded from data files:
//
//   - token: tokens with byte offsets and tone-placement-insensitive keys;
//   - lexicon: longest-match phrase lookup over tokens;
//   - segment: paragraphs and sentences, with a Vietnamese abbreviation list;
//   - places: provinces before and after the 1 July 2025 merger, with codes;
//   - docs: Party and state document citations;
//   - people: personal names, title chains, organizations;
//   - timex: dates, times and periods;
//   - events: meetings and their date, place, organizer, period and members;
//   - tasks: task lists for the coming period and results for the past one.
//
// Every recognizer reads the normalized text (and its tokens) and returns
// matches whose spans are byte offsets into that text, with
// text[Start:End] equal to the match's text. A recognizer may use another
// recognizer's public API (people uses places), never package extract.
package entities
