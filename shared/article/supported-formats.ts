/** The formats we read, as a refusal message lists them. */
export const SUPPORTED_FORMATS = "plain text, HTML (or a page saved as one .mhtml or .webarchive file), an e-mail message (.eml), Markdown, JSON, a CSV table of articles, or a NewsML-G2, NewsML 1, NITF, RSS or Atom XML file";
