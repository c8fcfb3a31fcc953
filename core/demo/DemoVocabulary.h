#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace threerings::demo {

// The words demo data is made of: Chinese names, cities with their area codes, banks and units,
// devices and the faults the handbooks mention. Every draw takes the caller's seeded generator,
// so the same seed gives the same hotline.
struct City
{
    const char* name;
    const char* province;
    const char* areaCode; // without the leading 0
    const char* districts[4];
};

class DemoVocabulary
{
public:
    explicit DemoVocabulary(QRandomGenerator& rng) : m_rng(rng) {}

    static const City* cities(int* count);

    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    const City& city();

    QString personName();
    QString mobile();                   // E.164 +86 1xx xxxx xxxx
    QString landline(const City& city); // E.164 +86 <area> <7-8 digits>
    QString address(const City& city);
    QString unit(const City& city); // a bank branch, a hospital, a school … or empty for a private person
    QString product();              // ATM, APM …
    QString model(const QString& product);
    QString serial(const QString& product, int n);
    QString fault(const QString& product);
    QString advice(const QString& product);
    QString plan();
    QString result();
    QString customerWords(bool working);
    QString evaluation();
    QString complaintMatter();
    QString faultLevel(); // A, B, C
    // A version-4 UUID drawn from the seeded generator.
    QString uuid();

private:
    QRandomGenerator& m_rng;
};

} // namespace threerings::demo
