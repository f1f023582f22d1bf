#include "CsvWriter.h"

#include "FormulaGuard.h"

#include <QBuffer>
#include <QIODevice>
#include <cstring>

namespace dd::exchange {
namespace {

// The output buffer: big enough that the device sees few writes, small enough to stay out of
// the way.
constexpr qsizetype flushThreshold = 256 * 1024;

// The first bytes that may start a formula (FormulaGuard); all are ASCII, so a UTF-8 cell
// that starts with anything else needs no closer look.
bool mayStartFormula(char c)
{
    return c == '=' || c == '@' || c == '\t' || c == '\r' || c == '+' || c == '-' || c == '\'';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_delimiter(delimiterChar(options.delimiter))
{
    for (char c : { m_delimiter, '"', '\n', '\r' })
        m_special[static_cast<unsigned char>(c)] = true;
    m_buffer.resize(flushThreshold);
    if (m_options.byteOrderMark)
        put("\xEF\xBB\xBF", 3);
}

CsvWriter::~CsvWriter()
{
    flush();
}

char CsvWriter::delimiterChar(Delimiter delimiter)
{
    switch (delimiter) {
    case Delimiter::Comma:
        return ',';
    case Delimiter::Semicolon:
        return ';';
    case Delimiter::Tab:
        return '\t';
    }
    return ',';
}

QString CsvWriter::delimiterId(Delimiter delimiter)
{
    switch (delimiter) {
    case Delimiter::Comma:
        return QStringLiteral("comma");
    case Delimiter::Semicolon:
        return QStringLiteral("semicolon");
    case Delimiter::Tab:
        return QStringLiteral("tab");
    }
    return {};
}

std::optional<CsvWriter::Delimiter> CsvWriter::delimiterFromId(const QString &id)
{
    for (Delimiter d : { Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab }) {
        if (delimiterId(d) == id)
            return d;
    }
    return std::nullopt;
}

void CsvWriter::reserve(qsizetype bytes)
{
    if (m_used + bytes <= m_buffer.size())
        return;
    flush();
    if (bytes > m_buffer.size())
        m_buffer.resize(bytes); // one huge field: the buffer grows for it
}

void CsvWriter::put(const char *data, qsizetype size)
{
    reserve(size);
    std::memcpy(m_buffer.data() + m_used, data, size_t(size));
    m_used += size;
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        put(&m_delimiter, 1);
    m_rowStarted = true;
}

void CsvWriter::append(QByteArrayView utf8, bool guard)
{
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    bool quote = false;
    for (qsizetype i = 0; i < size; ++i) {
        if (m_special[static_cast<unsigned char>(data[i])]) {
            quote = true;
            break;
        }
    }
    // The worst case: every byte a doubled quote, plus the quotes around and the apostrophe.
    reserve(quote ? 2 * size + 3 : size + 1);
    char *out = m_buffer.data() + m_used;
    if (quote)
        *out++ = '"';
    if (guard)
        *out++ = '\''; // inside the quotes: the apostrophe belongs to the value
    if (!quote) {
        std::memcpy(out, data, size_t(size));
        out += size;
    } else {
        for (qsizetype i = 0; i < size; ++i) {
            if (data[i] == '"')
                *out++ = '"'; // a quote inside is doubled
            *out++ = data[i];
        }
        *out++ = '"';
    }
    m_used = out - m_buffer.data();
}

void CsvWriter::writeField(QByteArrayView utf8)
{
    separate();
    // Only a cell that starts with one of a few ASCII bytes is looked at as text.
    const bool guard = m_options.formulaGuard && !utf8.isEmpty() && mayStartFormula(utf8.front())
        && FormulaGuard::needsGuard(QString::fromUtf8(utf8));
    append(utf8, guard);
}

void CsvWriter::writeField(const QString &value)
{
    separate();
    append(value.toUtf8(), m_options.formulaGuard && FormulaGuard::needsGuard(value));
}

void CsvWriter::endRow()
{
    put("\r\n", 2);
    m_rowStarted = false;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (const QString &field : fields)
        writeField(field);
    endRow();
}

bool CsvWriter::flush()
{
    if (hasError()) {
        m_used = 0;
        return false;
    }
    const char *data = m_buffer.constData();
    qsizetype left = m_used;
    m_used = 0;
    while (left > 0) {
        const qint64 written = m_device->write(data, left);
        if (written <= 0) {
            m_error = m_device->errorString();
            if (m_error.isEmpty())
                m_error = tr("The output refused the data.");
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

QByteArray CsvWriter::toCsv(const QList<QStringList> &rows, const Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, options);
        for (const QStringList &row : rows)
            writer.writeRow(row);
    }
    return bytes;
}

} // namespace dd::exchange
