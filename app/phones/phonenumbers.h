#pragma once
// Everything the phones module offers, for callers that want one include.
#include "phones/numbercleaner.h"
#include "phones/pastesplitter.h"
#include "phones/phonelistchecker.h"
#include "phones/phonenormalizer.h"
#include "phones/verdict.h"
