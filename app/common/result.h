#pragma once

#include <optional>
#include <utility>

namespace common {

// A value or the error that prevented it (C++23's std::expected is not available in C++20).
// The one error convention of the modules: no optional errors beside values, no error
// out-parameters, no lastError().
template<typename T, typename E>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(E error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const E &error() const { return m_error; }

private:
    std::optional<T> m_value;
    E m_error;
};

} // namespace common
