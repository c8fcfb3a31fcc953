#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace threerings {

// The parts of a zip file (an .xlsx package) held in memory, read with minizip.
//
// minizip rather than QuaZip: libxlsxwriter (the report export) calls the system's minizip, and Debian's
// QuaZip exports minizip's zipOpen/unzOpen… functions itself, built for its own QIODevice callbacks. In one
// process whichever library loads first serves both, so linking QuaZip made workbook_close() run QuaZip's
// zipOpen on a file name and crash. One minizip for both writing and reading has no such clash.
class ZipArchive
{
public:
    // Opens `bytes` as a zip; isOpen() says whether they are one.
    explicit ZipArchive(QByteArray bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool isOpen() const { return m_zip != nullptr; }

    struct Part
    {
        enum class State
        {
            Read,     // bytes holds the part
            Missing,  // the zip has no part of that name
            TooLarge, // it would unpack to more than the limit
            Damaged,  // the zip's own data is broken (zipError says how, as minizip numbers it)
        };
        State state = State::Missing;
        QByteArray bytes;
        int zipError = 0;
    };
    // The part `name` (compared without regard to case, as OOXML part names are), at most `maxBytes` long.
    Part part(const QString& name, qint64 maxBytes);

    struct Source; // the bytes and the read position minizip's callbacks work on (ZipArchive.cpp)

private:
    std::unique_ptr<Source> m_source;
    void* m_zip = nullptr; // minizip's unzFile
};

} // namespace threerings
