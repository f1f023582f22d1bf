#include "CsvReader.h"

#include <QBuffer>
#include <QIODevice>

#include <array>

#include <cstring>

namespace dd::exchange {
namespace {

constexpr qint64 sampleSize = 64 * 1024; // what detection looks at
constexpr qint64 blockSize = 1024 * 1024; // what is read and decoded at a time

// The letters of Windows-1251 outside 0xC0–0xFF: Ґ ґ Є є Ї ї І і Ё ё (code page 1251 as
// Microsoft publishes it, "bestfit1251.txt" at unicode.org).
bool isCyrillicLetter1251(uchar byte)
{
    if (byte >= 0xC0)
        return true;
    switch (byte) {
    case 0xA5: case 0xB4: case 0xAA: case 0xBA: case 0xAF: case 0xBF: case 0xB2: case 0xB3:
    case 0xA8: case 0xB8:
        return true;
    default:
        return false;
    }
}

// Strict UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF); a sequence cut off
// by the end of the sample is accepted, since the sample ends where it ends.
bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        uint min = 0;
        uint code = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            extra = 1; min = 0x80; code = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            extra = 2; min = 0x800; code = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            extra = 3; min = 0x10000; code = b & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return true; // cut off by the end of the sample
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
{
}

QString CsvReader::encodingId(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto: return QStringLiteral("auto");
    case Encoding::Utf8: return QStringLiteral("utf-8");
    case Encoding::Windows1251: return QStringLiteral("windows-1251");
    case Encoding::Windows1252: return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<CsvReader::Encoding> CsvReader::encodingFromId(const QString &id)
{
    const QString lower = id.trimmed().toLower();
    for (Encoding e : { Encoding::Auto, Encoding::Utf8, Encoding::Windows1251, Encoding::Windows1252 }) {
        if (lower == encodingId(e))
            return e;
    }
    if (lower == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (lower == QLatin1String("cp1251"))
        return Encoding::Windows1251;
    if (lower == QLatin1String("cp1252"))
        return Encoding::Windows1252;
    return std::nullopt;
}

QString CsvReader::encodingLabel(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto: return tr("Detect");
    case Encoding::Utf8: return tr("UTF-8");
    case Encoding::Windows1251: return tr("Windows-1251 (Cyrillic)");
    case Encoding::Windows1252: return tr("Windows-1252 (Western European)");
    }
    return {};
}

QString CsvReader::delimiterId(Delimiter delimiter)
{
    switch (delimiter) {
    case Delimiter::Auto: return QStringLiteral("auto");
    case Delimiter::Comma: return QStringLiteral("comma");
    case Delimiter::Semicolon: return QStringLiteral("semicolon");
    case Delimiter::Tab: return QStringLiteral("tab");
    }
    return {};
}

std::optional<CsvReader::Delimiter> CsvReader::delimiterFromId(const QString &id)
{
    for (Delimiter d : { Delimiter::Auto, Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab }) {
        if (id.trimmed().toLower() == delimiterId(d))
            return d;
    }
    return std::nullopt;
}

QString CsvReader::delimiterLabel(Delimiter delimiter)
{
    switch (delimiter) {
    case Delimiter::Auto: return tr("Detect");
    case Delimiter::Comma: return tr("Comma");
    case Delimiter::Semicolon: return tr("Semicolon");
    case Delimiter::Tab: return tr("Tab");
    }
    return {};
}

QChar CsvReader::delimiterChar(Delimiter delimiter)
{
    switch (delimiter) {
    case Delimiter::Semicolon: return QLatin1Char(';');
    case Delimiter::Tab: return QLatin1Char('\t');
    case Delimiter::Auto:
    case Delimiter::Comma: break;
    }
    return QLatin1Char(',');
}

CsvReader::Encoding CsvReader::detectEncoding(QByteArrayView sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8;
    if (isValidUtf8(sample))
        return Encoding::Utf8;
    // Cyrillic words are runs of high letters; Western European words have an accented letter
    // here and there between ASCII ones ("Château", "Müller").
    qint64 inRuns = 0;
    qint64 alone = 0;
    const auto *p = reinterpret_cast<const uchar *>(sample.data());
    const qsizetype n = sample.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!isCyrillicLetter1251(p[i]))
            continue;
        const bool before = i > 0 && isCyrillicLetter1251(p[i - 1]);
        const bool after = i + 1 < n && isCyrillicLetter1251(p[i + 1]);
        if (before || after)
            ++inRuns;
        else
            ++alone;
    }
    return inRuns > alone ? Encoding::Windows1251 : Encoding::Windows1252;
}

CsvReader::Delimiter CsvReader::detectDelimiter(QStringView sample)
{
    const QChar candidates[] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    const Delimiter kinds[] = { Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab };
    QList<std::array<int, 3>> lines;
    std::array<int, 3> counts {};
    bool quoted = false;
    bool any = false;
    qsizetype i = 0;
    for (; i < sample.size() && lines.size() < 20; ++i) {
        const QChar c = sample.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted; // a doubled quote toggles twice
            any = true;
        } else if (!quoted && isLineBreak(c)) {
            if (any)
                lines.append(counts);
            counts = {};
            any = false;
        } else {
            any = true;
            for (int k = 0; k < 3; ++k) {
                if (!quoted && c == candidates[k])
                    ++counts[k];
            }
        }
    }
    // The last line counts only when the sample holds it whole.
    if (any && i >= sample.size() && lines.isEmpty())
        lines.append(counts);
    if (lines.isEmpty())
        return Delimiter::Comma;
    int best = -1;
    for (int k = 0; k < 3; ++k) {
        const int first = lines.constFirst()[k];
        if (first == 0)
            continue;
        bool consistent = true;
        for (const auto &line : std::as_const(lines))
            consistent = consistent && line[k] == first;
        if (consistent && (best < 0 || first > lines.constFirst()[best]))
            best = k;
    }
    if (best < 0) {
        // Nothing is consistent (ragged rows): the one the header uses most.
        for (int k = 0; k < 3; ++k) {
            if (lines.constFirst()[k] > 0 && (best < 0 || lines.constFirst()[k] > lines.constFirst()[best]))
                best = k;
        }
    }
    return best < 0 ? Delimiter::Comma : kinds[best];
}

bool CsvReader::fail(const QString &message, qint64 line, qint64 column)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = line;
        m_errorColumn = column;
    }
    return false;
}

bool CsvReader::checkBinary(QByteArrayView bytes)
{
    const void *nul = std::memchr(bytes.data(), 0, size_t(bytes.size()));
    if (nul) {
        return fail(tr("The file holds binary data (a NUL byte at byte %1), not CSV text.")
                        .arg(m_bytesRead - bytes.size()
                            + (static_cast<const char *>(nul) - bytes.data()) + 1));
    }
    return true;
}

bool CsvReader::open()
{
    m_opened = false;
    if (!m_device || !m_device->isReadable())
        return fail(tr("The file cannot be read."));
    m_pending = m_device->read(sampleSize);
    m_bytesRead = m_pending.size();
    if (m_pending.isEmpty())
        return fail(tr("The file is empty."));
    if (!checkBinary(m_pending))
        return false;
    // Control characters other than tab, line breaks, form feed and DOS's end-of-file mark
    // are not in text people type.
    qsizetype controls = 0;
    for (const char byte : std::as_const(m_pending)) {
        const auto b = uchar(byte);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1A)
            ++controls;
    }
    if (controls > 8 && controls * 100 > m_pending.size())
        return fail(tr("The file holds binary data (control characters), not CSV text."));

    m_bom = m_pending.startsWith("\xEF\xBB\xBF");
    m_encoding = m_options.encoding == Encoding::Auto ? detectEncoding(m_pending) : m_options.encoding;
    if (m_bom) {
        m_pending.remove(0, 3);
        if (m_options.encoding == Encoding::Auto)
            m_encoding = Encoding::Utf8;
    }
    if (m_encoding == Encoding::Utf8)
        m_decoder = QStringDecoder(QStringConverter::Utf8);
    else
        m_decoder = QStringDecoder(m_encoding == Encoding::Windows1251 ? "windows-1251" : "windows-1252");
    if (!m_decoder.isValid())
        return fail(tr("This system cannot decode %1.").arg(encodingLabel(m_encoding)));

    // The delimiter from the decoded sample (decoding it does not advance the real decoder).
    if (m_options.delimiter == Delimiter::Auto) {
        QStringDecoder probe = m_encoding == Encoding::Utf8
            ? QStringDecoder(QStringConverter::Utf8)
            : QStringDecoder(m_encoding == Encoding::Windows1251 ? "windows-1251" : "windows-1252");
        const QString text = probe(m_pending);
        m_delimiter = detectDelimiter(text);
    } else {
        m_delimiter = m_options.delimiter;
    }
    m_opened = true;
    return true;
}

bool CsvReader::fill()
{
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    for (;;) {
        QByteArray bytes;
        if (!m_pending.isEmpty()) {
            bytes.swap(m_pending);
        } else {
            if (m_atEnd)
                return false;
            bytes = m_device->read(blockSize);
            if (bytes.isEmpty()) {
                m_atEnd = true;
                return false;
            }
            m_bytesRead += bytes.size();
            if (!checkBinary(bytes))
                return false;
        }
        const QString text = m_decoder(bytes);
        if (m_decoder.hasError()) {
            return fail(tr("The file is not valid %1 text (near line %2); choose its encoding.")
                            .arg(encodingLabel(m_encoding))
                            .arg(m_line),
                m_line);
        }
        if (text.isEmpty())
            continue;
        m_text += text;
        return true;
    }
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (!m_opened || hasError())
        return false;
    const QChar delimiter = delimiterChar(m_delimiter);
    const QChar quote = QLatin1Char('"');

    // A line break right after another counts as a line of its own (blank lines are skipped),
    // except the LF of a CRLF.
    auto lineBreak = [this]() {
        const QChar c = m_text.at(m_pos);
        ++m_pos;
        if (c == QLatin1Char('\r')) {
            if (m_pos >= m_text.size())
                fill();
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
        }
        ++m_line;
        m_column = 1;
    };

    for (;;) {
        if (m_pos >= m_text.size() && !fill())
            return false; // the end, or an error
        if (!isLineBreak(m_text.at(m_pos)))
            break;
        lineBreak();
    }
    m_recordLine = m_line;

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    QString field;
    qint64 fieldLine = m_line;
    qint64 quoteLine = 0;
    qint64 quoteColumn = 0;
    bool previousWasCr = false; // inside a quoted field, for counting CRLF once

    auto tooLong = [&]() {
        return fail(tr("Line %1: a field is longer than %2 characters; this is not a list of "
                       "records (or a quote is missing).")
                        .arg(fieldLine)
                        .arg(m_options.maxFieldChars),
            fieldLine);
    };

    for (;;) {
        if (m_pos >= m_text.size() && !fill()) {
            if (hasError())
                return false;
            if (state == State::Quoted) {
                return fail(tr("Line %1, character %2: the quoted field that starts here never ends "
                               "(a closing quote is missing).")
                                .arg(quoteLine)
                                .arg(quoteColumn),
                    quoteLine, quoteColumn);
            }
            fields->append(field);
            break;
        }
        const QChar c = m_text.at(m_pos);
        if (state == State::FieldStart) {
            fieldLine = m_line;
            if (c == quote) {
                state = State::Quoted;
                quoteLine = m_line;
                quoteColumn = m_column;
                previousWasCr = false;
                ++m_pos;
                ++m_column;
                continue;
            }
            state = State::Unquoted;
        }
        if (state == State::Unquoted) {
            const qsizetype size = m_text.size();
            const QChar *data = m_text.constData();
            qsizetype end = m_pos;
            while (end < size) {
                const QChar d = data[end];
                if (d == delimiter || d == quote || d == QLatin1Char('\n') || d == QLatin1Char('\r'))
                    break;
                ++end;
            }
            field.append(data + m_pos, end - m_pos);
            m_column += end - m_pos;
            m_pos = end;
            if (field.size() > m_options.maxFieldChars)
                return tooLong();
            if (end == size)
                continue; // more text to come
            const QChar d = data[end];
            if (d == quote) {
                return fail(tr("Line %1, character %2: a stray quote inside a field that does not "
                               "start with one (put the whole field in quotes and double the "
                               "quote).")
                                .arg(m_line)
                                .arg(m_column),
                    m_line, m_column);
            }
            fields->append(field);
            field.clear();
            if (d == delimiter) {
                ++m_pos;
                ++m_column;
                state = State::FieldStart;
                continue;
            }
            lineBreak();
            break;
        }
        if (state == State::Quoted) {
            const qsizetype size = m_text.size();
            const QChar *data = m_text.constData();
            qsizetype end = m_pos;
            while (end < size && data[end] != quote) {
                const QChar d = data[end];
                if (d == QLatin1Char('\r') || (d == QLatin1Char('\n') && !previousWasCr)) {
                    ++m_line;
                    m_column = 1;
                } else if (d != QLatin1Char('\n')) {
                    ++m_column;
                }
                previousWasCr = d == QLatin1Char('\r');
                ++end;
            }
            field.append(data + m_pos, end - m_pos);
            m_pos = end;
            if (field.size() > m_options.maxFieldChars)
                return tooLong();
            if (end == size)
                continue;
            ++m_pos; // the quote: closing, or the first of a doubled one
            ++m_column;
            previousWasCr = false;
            state = State::AfterQuote;
            continue;
        }
        // AfterQuote
        if (c == quote) {
            field.append(quote);
            ++m_pos;
            ++m_column;
            state = State::Quoted;
            continue;
        }
        if (c == delimiter) {
            fields->append(field);
            field.clear();
            ++m_pos;
            ++m_column;
            state = State::FieldStart;
            continue;
        }
        if (isLineBreak(c)) {
            fields->append(field);
            lineBreak();
            break;
        }
        return fail(tr("Line %1, character %2: a stray quote (a closing quote followed by “%3”); a "
                       "quote inside a quoted field must be doubled.")
                        .arg(m_line)
                        .arg(m_column - 1)
                        .arg(c),
            m_line, m_column - 1);
    }

    ++m_records;
    if (m_records == 1)
        m_firstCount = fields->size();
    else if (m_options.strictFieldCount && fields->size() != m_firstCount) {
        return fail(tr("Line %1 has %n field(s) where the first line has %2.", nullptr, int(fields->size()))
                        .arg(m_recordLine)
                        .arg(m_firstCount),
            m_recordLine);
    }
    return true;
}

QList<QStringList> CsvReader::readAll(const QByteArray &bytes, const Options &options, QString *error)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    QList<QStringList> records;
    if (reader.open()) {
        QStringList fields;
        while (reader.readRecord(&fields))
            records.append(fields);
    }
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        return {};
    }
    if (error)
        error->clear();
    return records;
}

} // namespace dd::exchange
