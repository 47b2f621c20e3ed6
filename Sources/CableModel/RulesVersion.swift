/// The version of the model's rules: what `CableLoader`, the index and the statistics derive from a cable's text.
///
/// NB: bump `current` whenever a change to the parser or an extractor changes what a cable gives (its header,
/// units, statutes, cross-references, names or figures). A library of cables records the version that derived
/// each one and re-derives the older ones from their stored text on its next `index`.
public enum RulesVersion {
    /// The version of the rules in this build.
    ///
    /// 2: the loader reads REF ids and tags with the general knowledge (posts, known tags), the subject, the DE
    /// line's serial and `Classified By`; names without a title. 3: a partial extract's year from its file name.
    /// 4: U+2028 and U+2029 break lines; a paragraph number that a line break put first is the sentence's.
    /// 5: a paragraph range of another document open at its end (`paragraph 5-end of reftel B`) is that
    /// document's; the subject is indexed (statutes, names, words) as unit `subject`; a law described in lower
    /// case (`the nuclear draft law`) takes the bare articles after it.
    /// Also 5: rows of the export with unquoted fields are cables; redactions join their sentence and end a paragraph
    /// redacted whole; a footer's lead-in, wrapped label and link residue go with it.
    /// 6: `one` counts after `the` and an action's past form and opening a passive that names an action; `under
    /// investigation` names the action; `at least 2 and as many as 5` is one range; `opened` investigates cases only;
    /// `12 years or younger` is an age.
    /// 7: a paragraph number without its period before a marking (`7 (C) ...`) opens its paragraph; a list
    /// numbered from 1 inside a marked paragraph keeps its entries, on lines of their own; a title after a
    /// paragraph redacted whole is a heading; a line of em or en dashes is decoration.
    /// 8: figures of a typed table take the count and the year of their heading line (`Number of sentences
    /// imposed during 2007:`), even glued to the row before; `at least one of` counts; `absolved` acquits; a month
    /// without a year (`In March`) is the last such month up to the cable's date; a term in practice (`actual
    /// sentences`) is imposed, one for `those convicted` prescribed; `March 29 and 30` is a date; the whole after
    /// its part takes no action; a range of terms running to another gives an aggravated tier. An envelope repeated
    /// before the first paragraph (another export's record after a preview) is read as the header; a copy of the
    /// message glued after the signature goes; a table of contents stays one block; a tab-separated row starts a
    /// cable; an envelope repeated after the signature, or the next one's first lines, are a tail. Statutes: an
    /// instrument in capitals after `OF` ends at its kind of law; a lower-case description takes the one named law of its
    /// kind; `definedIn` is the unit that explains. Names: `Organization:` rows, `prepared by`, abbreviated ranks.
    /// 9: a change's start is dated the year before the figure it changed into (`up from 25 last year`, `from 2 to
    /// 10`), and the object of the change verb is the noun of a bare count at its end (`increased its prosecutions
    /// to 63`); `last year` after a figure is no noun; a bare `one` counts when the law acted on it (`one official
    /// is under preventive detention`, `one man who was later indicted`) and `found not guilty` acquits; `two
    /// others` takes the category of the figure before; `were trafficked` is the verb of its count; `one of the
    /// 2005 convictions` is dated by its whole; a start that writes its own date keeps it (`up from 22 in 2009`).
    /// Also 9: names: an acronym standing where a body does (`KDF forces`, `officials of the XYZ`) is an organisation,
    /// named by its expansion when that is a proper name; dotted initials (`U.A.E.`) join their country; a body's name
    /// before `Officer` is a title (`Foreign Service Officer`); a `Name:` row of rows joined into one line is read,
    /// and ends before the next key; a name inside a longer name of its kind counts for the longer only. Statutes: a
    /// capitalised kind alone (`Article 3 of the Convention`) is the one longer instrument of that kind the text names.
    /// Also 9: the classification line misspelled (`CO N F I D E N T I A L`, `C ONFIDENTIAL`, a letter doubled or the first
    /// lost), glued to the post or to the next field (`000409SIPDIS`), after an export's field boundary or label
    /// (`CLASSIFICATION: SECRET`), or over 400 bytes long; the envelope's security marker (`ZNY CCCCC`) gives the
    /// level where no line does; a classification line repeated below a preview cut short with `...` is the header.
    /// A title underlined with dashes inside a flattened line before a numbered paragraph is a heading
    /// (`... ended. Water and Power ------- 2. (C)`), and the paragraph opens.
    /// 10: names and statutes: a long instrument name listed with commas before its acronym (`the Convention
    /// against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (CAT)`) is read whole, and the
    /// acronym, defined by the name's leading words, is that instrument; a possessive before a defined acronym stays
    /// out of its long form (`Inter-Services Intelligence's (ISI)`); `Intelligence` and `Regime` head a body's
    /// name; an embassy named by its place (`Embassy Dushanbe`) and a delegation by its leader (`Codel Snowe`) are
    /// organisations.
    /// Also 10: TIP figures: a question mark glued before `to-` is a lost hyphen of a range (`four?to-ten years`); a
    /// definite count naming a reported group again (`All four women`, `the five workers`, `All four were`) and a
    /// part of it (`at least two of the workers`) are reported as the group was; a comma between two modifiers of a
    /// plural noun keeps the noun (`four specific, known trafficking cases`).
    /// Also 10: the body: a word broken at a line end joins without its hyphen when its second half is an ending (`organ-` /
    /// `izations`), and keeps its space before a conjunction (`short- or long-term`); a frame glued after a sentence, at
    /// a line's end, or opening a line before a numbered paragraph, and a title-cased title after an open sentence,
    /// make headings and open their paragraphs; a roster or a table's numbered rows stay in their paragraph; a page
    /// break whose post and number are withheld (`XXXXXXXXXXXX  002 OF 002`) is a page break; a line of the cable's
    /// section words (`Summary`, `Summary and Comment -----`) is a heading.
    /// Also 10: names: a closed-class word opening a sentence (`Later Lopez said`, `Meanwhile`) is no part of a name.
    /// Also 11: the header: a subject's last figures on the line below (`... IN` / `2010`), a classification
    /// authority's reasons parted from it by a line break or a blank line (`for reasons` / `1.4 (b) and (d).`,
    /// `(C), (D)`), its field under `BY:` alone, and an export's record fields between a preview and the full
    /// record (`112974`, `2007-06-21`: kept as the header's notes, now exported and shown) leave the body; without a
    /// classification line or marker, the highest portion marking gives the level. The body: the part of a line
    /// before an inline item keeps the opening its own letter gave (`Z. Site (CODE-7Z) AA. ...` opens `Z`); short
    /// records that each open with a code (`V-2003-00252 (Smuggling)`) keep their lines.
    /// Also 11: TIP figures: a count over several years (`over the last four years`, `in the past three years`) or per
    /// year keeps no year; a date after `since` dates no later sentence; `three NGOs` count no people; an amount and
    /// its equivalent in parentheses share a wage's or debt's relevance; a relative clause of place names the action
    /// of the count it follows (`the one case (dating from 2005) wherein the owner was convicted`); a part included
    /// in a whole without an action of its own takes the whole's (`(including IOM's four)`); a day fine
    /// (`30-day-fine`) is a fine; an estimate of persons is a population; an amount in a sentence about a debt is
    /// not reported; a counted noun's own words name its action before its clause's (`four known victims`).
    /// Also 11: a drafter's handling notice alone on a line (`Sensitive but unclassified -- please protect
    /// accordingly.`) is a note of the header, not text before the first paragraph.
    /// Also 12: TIP figures: a word in quotes goes on with its noun (`30 potential trafficking "situations."`) and
    /// `worked on` cases assists them; `cases … are ongoing` are prosecuted; a total counts the subject opening its
    /// sentence (`Cases … total well under 100`, `well under` a bound); `additional` counts share the date before
    /// them in any tense; a term in an aside takes the term's noun (`up to six years (eight if …)`) and `imprison`
    /// makes a sentence about punishment; `under thirteen years` after a victim is an age; `one of whom was
    /// arrested` counts, and a number after a double hyphen or an em dash (`women--one`) is no code; a share of
    /// cases is background; a year does not carry past a blank line into the next paragraph of a field (unless
    /// the line before ends with a colon); a quoted noun right after a figure is its noun (`more than 100 "blind
    /// spots"`) and the whole of a ratio (`4 out of 10`) is no count.
    /// Also 12: an amount in a sentence about spending or giving away a budget (`spent`, `dedicated`,
    /// `contributed`) is general budget or aid money, not reported.
    public static let current = 12
}
