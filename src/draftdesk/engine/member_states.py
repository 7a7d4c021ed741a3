"""The States of the United Nations as its documents name them, with their ISO 3166 alpha-3 codes
(the codes delegations already use), and the sponsors a draft's cover lists, read against them.

A UN draft's cover names its sponsors in one sentence ("Armenia, Austria, … United Kingdom of Great
Britain and Northern Ireland and Uruguay:* draft resolution"); "and" also occurs inside names, so
the sentence is read by finding the longest known name at each place, not by splitting on "and".
"""

from __future__ import annotations

import re

_LISTED = """
AFG Afghanistan|ALB Albania|DZA Algeria|AND Andorra|AGO Angola|ATG Antigua and Barbuda|ARG Argentina
ARM Armenia|AUS Australia|AUT Austria|AZE Azerbaijan|BHS Bahamas|BHR Bahrain|BGD Bangladesh|BRB Barbados
BLR Belarus|BEL Belgium|BLZ Belize|BEN Benin|BTN Bhutan|BOL Bolivia (Plurinational State of)
BIH Bosnia and Herzegovina|BWA Botswana|BRA Brazil|BRN Brunei Darussalam|BGR Bulgaria|BFA Burkina Faso
BDI Burundi|CPV Cabo Verde|KHM Cambodia|CMR Cameroon|CAN Canada|CAF Central African Republic|TCD Chad
CHL Chile|CHN China|COL Colombia|COM Comoros|COG Congo|CRI Costa Rica|CIV Côte d'Ivoire|HRV Croatia
CUB Cuba|CYP Cyprus|CZE Czechia|PRK Democratic People's Republic of Korea
COD Democratic Republic of the Congo|DNK Denmark|DJI Djibouti|DMA Dominica|DOM Dominican Republic
ECU Ecuador|EGY Egypt|SLV El Salvador|GNQ Equatorial Guinea|ERI Eritrea|EST Estonia|SWZ Eswatini
ETH Ethiopia|FJI Fiji|FIN Finland|FRA France|GAB Gabon|GMB Gambia|GEO Georgia|DEU Germany|GHA Ghana
GRC Greece|GRD Grenada|GTM Guatemala|GIN Guinea|GNB Guinea-Bissau|GUY Guyana|HTI Haiti|HND Honduras
HUN Hungary|ISL Iceland|IND India|IDN Indonesia|IRN Iran (Islamic Republic of)|IRQ Iraq|IRL Ireland
ISR Israel|ITA Italy|JAM Jamaica|JPN Japan|JOR Jordan|KAZ Kazakhstan|KEN Kenya|KIR Kiribati|KWT Kuwait
KGZ Kyrgyzstan|LAO Lao People's Democratic Republic|LVA Latvia|LBN Lebanon|LSO Lesotho|LBR Liberia
LBY Libya|LIE Liechtenstein|LTU Lithuania|LUX Luxembourg|MDG Madagascar|MWI Malawi|MYS Malaysia
MDV Maldives|MLI Mali|MLT Malta|MHL Marshall Islands|MRT Mauritania|MUS Mauritius|MEX Mexico
FSM Micronesia (Federated States of)|MCO Monaco|MNG Mongolia|MNE Montenegro|MAR Morocco|MOZ Mozambique
MMR Myanmar|NAM Namibia|NRU Nauru|NPL Nepal|NLD Netherlands (Kingdom of the)|NZL New Zealand
NIC Nicaragua|NER Niger|NGA Nigeria|MKD North Macedonia|NOR Norway|OMN Oman|PAK Pakistan|PLW Palau
PAN Panama|PNG Papua New Guinea|PRY Paraguay|PER Peru|PHL Philippines|POL Poland|PRT Portugal|QAT Qatar
KOR Republic of Korea|MDA Republic of Moldova|ROU Romania|RUS Russian Federation|RWA Rwanda
KNA Saint Kitts and Nevis|LCA Saint Lucia|VCT Saint Vincent and the Grenadines|WSM Samoa|SMR San Marino
STP Sao Tome and Principe|SAU Saudi Arabia|SEN Senegal|SRB Serbia|SYC Seychelles|SLE Sierra Leone
SGP Singapore|SVK Slovakia|SVN Slovenia|SLB Solomon Islands|SOM Somalia|ZAF South Africa|SSD South Sudan
ESP Spain|LKA Sri Lanka|SDN Sudan|SUR Suriname|SWE Sweden|CHE Switzerland|SYR Syrian Arab Republic
TJK Tajikistan|THA Thailand|TLS Timor-Leste|TGO Togo|TON Tonga|TTO Trinidad and Tobago|TUN Tunisia
TUR Türkiye|TKM Turkmenistan|TUV Tuvalu|UGA Uganda|UKR Ukraine|ARE United Arab Emirates
GBR United Kingdom of Great Britain and Northern Ireland|TZA United Republic of Tanzania
USA United States of America|URY Uruguay|UZB Uzbekistan|VUT Vanuatu|VEN Venezuela (Bolivarian Republic of)
VNM Viet Nam|YEM Yemen|ZMB Zambia|ZWE Zimbabwe
VAT Holy See|PSE State of Palestine
"""
STATES: dict[str, str] = {
    name: code
    for line in _LISTED.strip().splitlines()
    for code, name in (entry.split(" ", 1) for entry in line.split("|"))
}
"""Each State's name as UN documents write it (the 193 Member States, then the two observer
States) -> its ISO 3166 alpha-3 code."""

_OTHER_NAMES = {
    "Islamic Republic of Iran": "IRN",
    "Turkey": "TUR",
    "Swaziland": "SWZ",
    "Czech Republic": "CZE",
}
"""Names earlier or other documents use."""


_NAMES = {code: name for name, code in STATES.items()}
_BY_NAME = {name.casefold(): code for name, code in (STATES | _OTHER_NAMES).items()}
_LONGEST = max(map(len, _BY_NAME))
_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def _clean(text: str) -> str:
    """Text with its apostrophes and hyphens as the list writes them, its note marks (*) and
    doubled spaces gone."""
    text = text.replace("\u2019", "'").replace("\u2011", "-").replace("\u2010", "-").replace("*", "")
    return " ".join(text.split())


def sponsors(cover: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The States a cover's sponsor line names (before its ":… draft resolution"), each as (code,
    name as the UN writes it), in order; then the names in it that are no State's, as written.
    Nothing when the line names no sponsor ("Draft resolution submitted by the President …")."""
    head, colon, _ = cover.rpartition(":")
    if not colon:
        return [], []
    text = _clean(head).rstrip(" ,")
    found: list[tuple[str, str]] = []
    unknown: list[str] = []
    at = 0
    while at < len(text):
        end = next(
            (
                end
                for end in range(min(len(text), at + _LONGEST), at, -1)
                if text[at:end].casefold() in _BY_NAME and (end == len(text) or _SEPARATOR.match(text, end))
            ),
            None,
        )
        if end is None:
            separator = _SEPARATOR.search(text, at)
            end = separator.start() if separator else len(text)
            unknown.append(text[at:end])
        else:
            code = _BY_NAME[text[at:end].casefold()]
            if (code, _NAMES[code]) not in found:
                found.append((code, _NAMES[code]))
        separator = _SEPARATOR.match(text, end)
        at = separator.end() if separator else len(text)
    return found, unknown
