#pragma once

#include "accessy/apierror.h"

#include <optional>
#include <utility>

namespace accessy {

// A value or the error that prevented it (C++23's std::expected is not available in C++20).
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(ApiError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace accessy
