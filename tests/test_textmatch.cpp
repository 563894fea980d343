#include "core/TextMatch.h"

#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

TEST(TextMatch, NameKeyIgnoresPrefixCaseSpacesAndNormalisation)
{
    EXPECT_EQ(nameKey(u"Thượng Quan"), nameKey(u"Xã Thượng Quan"));
    EXPECT_EQ(nameKey(u"xã   thượng  quan "), nameKey(u"Thượng Quan"));
    EXPECT_EQ(nameKey(u"Phường Bắc Kạn"), nameKey(u"BẮC KẠN"));
    // The same letters typed decomposed (NFD), as some keyboards send them.
    const QString nfd = u"Xã Chợ Rã"_s.normalized(QString::NormalizationForm_D);
    EXPECT_NE(nfd, u"Xã Chợ Rã"_s);
    EXPECT_EQ(nameKey(nfd), nameKey(u"Xã Chợ Rã"));
    // Diacritics still matter for matching names.
    EXPECT_NE(nameKey(u"Chợ Mới"), nameKey(u"Chợ Môi"));
}

TEST(TextMatch, SearchKeyIgnoresDiacritics)
{
    EXPECT_TRUE(searchKey(u"Xã Chợ Rã").contains(searchKey(u"cho ra")));
    EXPECT_EQ(searchKey(u"Phường Đức Xuân"), u"phuong duc xuan"_s);
    EXPECT_TRUE(searchKey(u"Xã Nà Phặc").contains(searchKey(u"NA PHAC")));
}

TEST(TextMatch, EditDistance)
{
    EXPECT_EQ(editDistance(u"ba be", u"ba be"), 0);
    EXPECT_EQ(editDistance(u"ba be", u"ba bee"), 1);
    EXPECT_EQ(editDistance(u"kitten", u"sitting"), 3);
}
