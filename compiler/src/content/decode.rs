//! Bytes to text: UTF-8 when it is, Windows-1252 (the usual legacy encoding of news text)
//! when it is not, and a clear refusal for binary files.

use std::path::Path;

use crate::diagnostic::Diagnostic;

/// Windows-1252 characters for the bytes 0x80 to 0x9F; the rest of the range is Latin-1.
/// The five unassigned bytes map to the C1 controls of the same value, as browsers do.
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// Decodes one byte of Windows-1252.
fn cp1252(byte: u8) -> char {
    match byte {
        0x80..=0x9F => CP1252_HIGH
            .get(usize::from(byte - 0x80))
            .copied()
            .unwrap_or(char::REPLACEMENT_CHARACTER),
        _ => char::from(byte),
    }
}

/// The text of a file, with line endings made `\n` and any byte-order mark removed, plus a
/// warning when the file was not UTF-8. Binary files are an error.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<(String, Option<Diagnostic>), Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let line = 1 + bytes.iter().take(at).filter(|&&b| b == b'\n').count();
        return Err(Diagnostic::error(
            path,
            Some(line),
            "this looks like a binary file, not text (it holds a NUL byte)",
        )
        .hint("save the article as plain text, or move the file out of the articles folder"));
    }
    let (text, warning) = match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), None),
        Err(err) => {
            let at = err.valid_up_to();
            let line = 1 + bytes.iter().take(at).filter(|&&b| b == b'\n').count();
            let warning = Diagnostic::warning(
                path,
                Some(line),
                "the file is not UTF-8; read it as Windows-1252",
            )
            .hint("save the file as UTF-8 to be sure every character comes out as written");
            (bytes.iter().map(|&b| cp1252(b)).collect(), Some(warning))
        }
    };
    // Text holds next to no control characters; compressed or binary data without a NUL byte
    // holds them by the dozen (about one byte in eight of random data).
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if controls >= 4 && controls * 100 > text.chars().count() {
        return Err(Diagnostic::error(
            path,
            None,
            format!("this looks like a binary file, not text ({controls} control characters)"),
        )
        .hint("save the article as plain text, or move the file out of the articles folder"));
    }
    Ok((text.replace("\r\n", "\n").replace('\r', "\n"), warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_without_nul_bytes_is_an_error_but_a_stray_control_is_not() {
        // Bytes as compressed data has them: no NUL, many controls.
        let bytes: Vec<u8> = (1..=255u8).cycle().take(4096).collect();
        let err = decode(Path::new("a.txt"), &bytes).unwrap_err();
        assert!(err.message.contains("looks like a binary file"), "{err}");
        let (text, _) = decode(
            Path::new("a.txt"),
            b"Headline\n\nA form feed \x0c and one \x1b escape in a long enough paragraph of text.",
        )
        .unwrap();
        assert!(text.starts_with("Headline"));
    }

    #[test]
    fn utf8_passes_through_without_bom_or_crlf() {
        let (text, warning) = decode(Path::new("a.txt"), b"\xEF\xBB\xBFOne\r\nTwo\rThree").unwrap();
        assert_eq!(text, "One\nTwo\nThree");
        assert!(warning.is_none());
    }

    #[test]
    fn legacy_bytes_are_windows_1252_with_a_warning_naming_the_line() {
        let (text, warning) =
            decode(Path::new("old.txt"), b"Title\n\x93Caf\xe9\x94 \x96 ok").unwrap();
        assert_eq!(text, "Title\n\u{201C}Café\u{201D} \u{2013} ok");
        let warning = warning.unwrap();
        assert_eq!(warning.line, Some(2));
        assert!(warning.to_string().starts_with("old.txt:2: warning: "));
    }

    #[test]
    fn binary_is_refused() {
        let err = decode(Path::new("x.txt"), b"PK\x03\x04\x00\x00").unwrap_err();
        assert!(err.is_error());
        assert!(err.message.contains("binary"));
    }
}
