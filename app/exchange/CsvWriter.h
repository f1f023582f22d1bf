#pragma once
// Writes CSV as RFC 4180 says, in UTF-8, onto any QIODevice (a QSaveFile, stdout, a QBuffer in
// tests): a field is quoted when it holds the delimiter, a quote, a CR or an LF, quotes inside
// are doubled, and every row ends with CRLF. Options: the delimiter (comma, semicolon as French
// Excel expects, tab), a byte-order mark so that Excel reads UTF-8, and the formula guard
// (FormulaGuard, on by default).
//
// Fields are taken as QString or as UTF-8 bytes; the byte path copies straight from SQLite's
// buffers into the output, which is what keeps an export of a million rows as fast as the
// sqlite3 shell. Output is buffered and handed to the device in large blocks; memory stays flat.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

namespace dd::exchange {

class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class Delimiter { Comma, Semicolon, Tab };

    struct Options {
        Delimiter delimiter = Delimiter::Comma;
        bool byteOrderMark = false;
        bool formulaGuard = true;
    };

    // The device must be open for writing; the writer does not own it.
    CsvWriter(QIODevice *device, const Options &options);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeField(const QString &value);
    // A field given as UTF-8 bytes (SQLite's text); an empty view is an empty field.
    void writeField(QByteArrayView utf8);
    void endRow();
    void writeRow(const QStringList &fields);

    // Hands what is buffered to the device. False when the device refused (disk full…); the
    // writer then stops writing, and errorString() says why.
    bool flush();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // "comma", "semicolon", "tab" (the CLI's and the settings' ids).
    static QString delimiterId(Delimiter delimiter);
    static std::optional<Delimiter> delimiterFromId(const QString &id);
    static char delimiterChar(Delimiter delimiter);

    // The whole text of rows, for tests and small outputs.
    static QByteArray toCsv(const QList<QStringList> &rows, const Options &options);

private:
    void separate();
    void append(QByteArrayView utf8, bool guard);
    // Makes room for bytes more, flushing first when the buffer is full.
    void reserve(qsizetype bytes);
    void put(const char *data, qsizetype size);

    QIODevice *m_device;
    Options m_options;
    char m_delimiter;
    bool m_special[256] = {}; // the bytes that make a field quoted
    QByteArray m_buffer; // its whole size is the room; m_used of it is filled
    qsizetype m_used = 0;
    bool m_rowStarted = false;
    QString m_error;
};

} // namespace dd::exchange
