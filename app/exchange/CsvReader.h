#pragma once
// Reads CSV as RFC 4180 describes it, from any QIODevice (a file, a QBuffer in tests), one
// record at a time, so that a file of a million rows never sits in memory whole. It is written
// for files that come from people and spreadsheets, and never crashes on one:
//
// - quoted fields may hold the delimiter, doubled quotes and line breaks; rows end with CRLF,
//   LF or a lone CR; the last row may lack its line break; blank lines are skipped;
// - a stray quote (inside an unquoted field, or after a closing quote) and a quoted field that
//   never ends are errors naming the line and column; a field longer than maxFieldChars is an
//   error naming its line; a record with another number of fields than the first (a ragged
//   row) is reported by the physical line it starts on, as an error in strict mode;
// - a binary file (NUL bytes, control characters) and text that is not valid in its encoding
//   are refused with a message that says so, instead of turning into garbage records.
//
// The encoding (UTF-8 with or without a byte-order mark, Windows-1251, Windows-1252) and the
// delimiter (comma, semicolon, tab) are detected from the first 64 KiB unless given: valid
// UTF-8 is UTF-8; otherwise Cyrillic text in Windows-1251 shows as runs of bytes from 0xC0 up,
// while French or German text in Windows-1252 has its accented letters one at a time between
// ASCII letters. The delimiter is the candidate that occurs, outside quotes, the same number of
// times on each of the first lines. Decoding goes through QStringDecoder, which Qt 6.4 on
// Debian backs with ICU for the two Windows code pages.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <optional>

class QIODevice;

namespace dd::exchange {

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Auto, Utf8, Windows1251, Windows1252 };
    enum class Delimiter { Auto, Comma, Semicolon, Tab };

    struct Options {
        Encoding encoding = Encoding::Auto;
        Delimiter delimiter = Delimiter::Auto;
        // A ragged row is an error (otherwise the caller compares fieldCount itself).
        bool strictFieldCount = false;
        qsizetype maxFieldChars = 1024 * 1024;
    };

    // The device must be open for reading; the reader does not own it.
    CsvReader(QIODevice *device, const Options &options);
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the first block, refuses a binary file, detects the encoding and the delimiter.
    // False with errorString() when the file cannot be read as text.
    bool open();

    // The next record; false at the end of the file or on an error (then hasError()).
    bool readRecord(QStringList *fields);
    // The physical line (1-based) the last record returned started on.
    qint64 recordLine() const { return m_recordLine; }
    // The number of fields of the first record (the header), 0 before it was read.
    qsizetype firstFieldCount() const { return m_firstCount; }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; } // 0 when the error has no line
    qint64 errorColumn() const { return m_errorColumn; } // 0 when it has no column

    Encoding encoding() const { return m_encoding; } // as detected or given, after open()
    Delimiter delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_bom; }
    // Bytes consumed so far from the device (for a progress bar).
    qint64 bytesRead() const { return m_bytesRead; }

    // Detection on its own, for the dialog and the tests.
    static Encoding detectEncoding(QByteArrayView sample);
    static Delimiter detectDelimiter(QStringView sample);

    // The ids of the CLI: "auto", "utf-8", "windows-1251", "windows-1252"; "comma"...
    static QString encodingId(Encoding encoding);
    static std::optional<Encoding> encodingFromId(const QString &id);
    static QString encodingLabel(Encoding encoding); // translated, for the dialog
    static QString delimiterId(Delimiter delimiter);
    static std::optional<Delimiter> delimiterFromId(const QString &id);
    static QString delimiterLabel(Delimiter delimiter);
    static QChar delimiterChar(Delimiter delimiter);

    // Every record of bytes, for tests and small inputs; empty with *error set on failure.
    static QList<QStringList> readAll(
        const QByteArray &bytes, const Options &options, QString *error = nullptr);

private:
    bool fill(); // decodes the next block into m_text; false at the end or on error
    bool fail(const QString &message, qint64 line = 0, qint64 column = 0);
    bool checkBinary(QByteArrayView bytes);

    QIODevice *m_device;
    Options m_options;
    Encoding m_encoding = Encoding::Utf8;
    Delimiter m_delimiter = Delimiter::Comma;
    QStringDecoder m_decoder;
    QByteArray m_pending; // bytes read by open() and not decoded yet
    QString m_text; // decoded text not parsed yet, from m_pos
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_bom = false;
    bool m_opened = false;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1; // the physical line at m_pos
    qint64 m_column = 1;
    qint64 m_recordLine = 0;
    qsizetype m_firstCount = 0;
    qint64 m_records = 0;
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};

} // namespace dd::exchange
