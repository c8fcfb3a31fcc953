#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace threerings {

// What went wrong, in words a user can act on. Expected failures travel as values; exceptions are for bugs.
struct Error
{
    enum class Kind
    {
        Usage,    // the request itself is malformed
        Refused,  // not permitted, or sign-in failed
        Data,     // bad input, or a bad, corrupt or too-new database
        NotFound, // the record or file is not there
        Conflict, // someone else changed the record first
        Io,       // the disk or the network failed
    };
    Kind kind = Kind::Data;
    QString message; // one sentence: what is wrong and what to do
    QString field;   // the field the message is about, when there is one

    static Error usage(QString m) { return {Kind::Usage, std::move(m), {}}; }
    static Error refused(QString m) { return {Kind::Refused, std::move(m), {}}; }
    static Error data(QString m, QString field = {}) { return {Kind::Data, std::move(m), std::move(field)}; }
    static Error notFound(QString m) { return {Kind::NotFound, std::move(m), {}}; }
    static Error conflict(QString m) { return {Kind::Conflict, std::move(m), {}}; }
    static Error io(QString m) { return {Kind::Io, std::move(m), {}}; }
};

// A std::expected-like result: either a value or an Error.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const Error& error() const { return std::get<1>(m_v); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace threerings
