#include "core/util/ZipArchive.h"

#include <algorithm>
#include <cstring>
#include <minizip/unzip.h>

namespace threerings {

struct ZipArchive::Source
{
    QByteArray bytes;
    qint64 position = 0;
};

namespace {

// minizip reads through these instead of fopen(): the file was read once with QFile (whose paths may hold
// Chinese characters on every system), and the zip is taken apart in memory.
voidpf ZCALLBACK sourceOpen(voidpf opaque, const void*, int mode)
{
    return (mode & ZLIB_FILEFUNC_MODE_WRITE) ? nullptr : opaque;
}

uLong ZCALLBACK sourceRead(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto* source = static_cast<ZipArchive::Source*>(stream);
    const qint64 n = std::clamp<qint64>(source->bytes.size() - source->position, 0, qint64(size));
    if (n > 0)
        std::memcpy(buffer, source->bytes.constData() + source->position, size_t(n));
    source->position += n;
    return uLong(n);
}

uLong ZCALLBACK sourceWrite(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK sourceTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<ZipArchive::Source*>(stream)->position);
}

long ZCALLBACK sourceSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* source = static_cast<ZipArchive::Source*>(stream);
    if (offset > ZPOS64_T(source->bytes.size()))
        return -1;
    const qint64 by = qint64(offset);
    qint64 to = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        to = by;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        to = source->position + by;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        to = source->bytes.size() + by;
        break;
    default:
        return -1;
    }
    if (to < 0 || to > source->bytes.size())
        return -1;
    source->position = to;
    return 0;
}

int ZCALLBACK sourceClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK sourceError(voidpf, voidpf)
{
    return 0;
}

} // namespace

ZipArchive::ZipArchive(QByteArray bytes) : m_source(std::make_unique<Source>())
{
    m_source->bytes = std::move(bytes);
    zlib_filefunc64_def io{sourceOpen, sourceRead,  sourceWrite, sourceTell,
                           sourceSeek, sourceClose, sourceError, m_source.get()};
    m_zip = unzOpen2_64("", &io); // the name is not used: sourceOpen hands back the bytes
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        unzClose(m_zip);
}

ZipArchive::Part ZipArchive::part(const QString& name, qint64 maxBytes)
{
    Part out;
    if (!m_zip || unzLocateFile(m_zip, name.toUtf8().constData(), 2 /* case-insensitive */) != UNZ_OK)
        return out;
    unz_file_info64 info{};
    if (const int e = unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0); e != UNZ_OK)
        return {Part::State::Damaged, {}, e};
    if (info.uncompressed_size > ZPOS64_T(maxBytes))
        return {Part::State::TooLarge, {}, 0};
    if (const int e = unzOpenCurrentFile(m_zip); e != UNZ_OK)
        return {Part::State::Damaged, {}, e};
    out.bytes.reserve(qsizetype(info.uncompressed_size));
    char buffer[64 * 1024];
    int n = 0;
    while ((n = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
        if (out.bytes.size() + n > maxBytes) { // the size in the directory was a lie
            unzCloseCurrentFile(m_zip);
            return {Part::State::TooLarge, {}, 0};
        }
        out.bytes.append(buffer, n);
    }
    const int closed = unzCloseCurrentFile(m_zip); // UNZ_CRCERROR when the bytes do not match the checksum
    if (n < 0 || closed != UNZ_OK)
        return {Part::State::Damaged, {}, n < 0 ? n : closed};
    out.state = Part::State::Read;
    return out;
}

} // namespace threerings
