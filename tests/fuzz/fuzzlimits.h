#pragma once

// The read limits of the reader fuzz targets: the real kinds of limit, set small, so that
// small inputs reach them.
#include "importing/readresult.h"

inline importing::ReadLimits fuzzReadLimits()
{
    importing::ReadLimits limits;
    limits.maxFileBytes = 1 << 20;
    limits.maxRows = 20'000;
    limits.maxCellChars = 4096;
    limits.maxCellsPerRow = 64; // small, so small inputs reach the cell limits
    limits.maxCells = 2000;
    limits.maxTextChars = 64 * 1024;
    return limits;
}
