import { describe, expect, it } from "vitest";
import { summarizeFile } from "../summarize";
import type { ArticleSummary } from "../summary";
import { parseFile } from "./index";

/**
 * Articles that arrive by e-mail (an .eml file saved from a mail client, or the raw message a mail service such as an
 * SES receipt rule writes to a bucket, with no suffix). The messages are our own, written as mail clients write them.
 */
const crlf = (s: string) => s.replace(/\r?\n/g, "\r\n");
const summaryOf = (name: string, body: string) => summarizeFile({ id: name, name, body }, { withText: true }).stories[0].summary as ArticleSummary;
const kinds = (s: ArticleSummary, kind: string) => s.segments.filter((g) => g.kind === kind).map((g) => g.text);

const alert = crlf(`Return-Path: <alerts@wire.example.com>
Received: from mail.wire.example.com (mail.wire.example.com [192.0.2.10])
From: Desk Alerts <alerts@wire.example.com>
To: monitoring@example.org
Subject: UK to bring two more rail franchises into public ownership
Date: Tue, 10 Jun 2025 14:02:11 +0100
Message-ID: <abc123@wire.example.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

LONDON, June 10 (Reuters) - Britain will bring two more rail franchises into=
 public ownership next year, the transport ministry said on Tuesday.

"Passengers have waited too long for reliable services," said Helen Marsh, =
the transport secretary.

(Reporting by Kate Holton; Editing by William James)

--b1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p>LONDON, June 10 (Reuters) - Britain will bring two more rail franchises i=
nto public ownership next year, the transport ministry said on Tuesday.</p>
<p>&quot;Passengers have waited too long for reliable services,&quot; said Helen Marsh, the transport secretary.</p>
<p>(Reporting by Kate Holton; Editing by William James)</p></body></html>
--b1--
`);

describe("e-mail messages", () => {
  it("reads the HTML rendition of a message, with its subject as the headline, and no mail header in the text", () => {
    for (const name of ["alert.eml", "AMAZON_SES_2f9c1a7d0b3e4c5d"]) {
      const s = summaryOf(name, alert);
      expect(s.headline).toBe("UK to bring two more rail franchises into public ownership");
      expect(parseFile(name, alert).format).toBe("html");
      expect(kinds(s, "dateline")).toEqual(["LONDON, June 10 (Reuters) -"]);
      expect(kinds(s, "paragraph")).toHaveLength(2);
      expect(s.text).not.toMatch(/Content-Type|boundary|Message-ID|monitoring@|=\r?\n|Editing by/);
      expect(s.quotes.map((q) => q.speaker)).toEqual(["Helen Marsh"]);
      expect(s.authors).toEqual(["Kate Holton"]);
      // No date in the article's own metadata: the day the message was sent, as a header states it.
      expect(s.published).toMatchObject({ date: "2025-06-10", precision: "day", source: "header" });
    }
  });

  it("reads a plain-text message with an encoded subject, without the client's 'Fwd:'", () => {
    const mail = crlf(`From: =?UTF-8?Q?Claire_Moreau?= <claire@example.fr>
To: veille@example.org
Subject: =?UTF-8?Q?Fwd:_R=C3=A9forme_des_retraites_:_les_syndicats_?=
 =?UTF-8?Q?maintiennent_la_pression?=
Message-ID: <x1@example.fr>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Les huit principales organisations syndicales ont appelé mardi à une nouvelle journée de mobilisation le 23 mars.

« Le gouvernement fait le pari de l'usure », a lancé Sophie Binet, la secrétaire générale de la CGT.
`);
    const s = summaryOf("retraites.eml", mail);
    expect(s.headline).toBe("Réforme des retraites : les syndicats maintiennent la pression");
    expect(parseFile("retraites.eml", mail).format).toBe("text");
    expect(s.language).toBe("fr");
    expect(s.quotes.map((q) => q.speaker)).toEqual(["Sophie Binet"]);
    expect(s.text).not.toMatch(/veille@|Message-ID/);
  });

  it("reads a forwarded article (message/rfc822) rather than the note above it", () => {
    const mail = crlf(`From: Anne <anne@example.org>
To: desk@example.org
Subject: Fwd: rail
Message-ID: <fw1@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset=utf-8

FYI, see below.

--outer
Content-Type: message/rfc822
Content-Disposition: attachment; filename="rail.eml"

${alert}
--outer--
`);
    const s = summaryOf("fwd.eml", mail);
    expect(s.headline).toBe("UK to bring two more rail franchises into public ownership");
    expect(s.quotes.map((q) => q.speaker)).toEqual(["Helen Marsh"]);
    expect(s.text).not.toMatch(/FYI/);
  });

  it("fails NO_TEXT, saying why, for a message whose only content is an attachment", () => {
    const mail = crlf(`From: a@example.org
To: b@example.org
Subject: Report
Message-ID: <att@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="m"

--m
Content-Type: application/pdf; name="report.pdf"
Content-Disposition: attachment; filename="report.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29kZT4+
--m--
`);
    expect(() => parseFile("report.eml", mail)).toThrow(/no text or HTML body/);
  });
});
