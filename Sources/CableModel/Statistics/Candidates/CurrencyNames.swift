/// Currency codes, names and symbols that make a figure an amount of money, and the code each stands for.
enum CurrencyNames {
    /// ISO 4217 codes (and common variants) that may stand before or after an amount, written in capitals.
    static let codes: Set<String> = [
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "NIS", "ILS", "RUB", "RUR", "INR", "PKR", "AFN", "AFA", "TJS",
        "KGS", "KZT", "UZS", "TMT", "AED", "SAR", "IRR", "IQD", "SYP", "LBP", "JOD", "EGP", "LYD", "TND", "MAD",
        "DZD", "NGN", "KES", "ZAR", "MZN", "BRL", "ARS", "MXN", "COP", "VEF", "VES", "BOB", "PEN", "CLP", "HNL",
        "NIO", "GTQ", "CRC", "CUP", "CUC", "HTG", "JMD", "TRY", "YTL", "UAH", "GEL", "AMD", "AZN", "BYR", "BYN",
        "PLN", "HUF", "RON", "BGN", "CZK", "SEK", "NOK", "DKK", "CHF", "CAD", "AUD", "NZD", "THB", "VND", "IDR",
        "MYR", "KRW", "KPW", "TWD", "HKD", "SGD", "BDT", "LKR", "NPR", "MMK", "KHR", "LAK", "MNT", "YER", "OMR",
        "QAR", "KWD", "BHD", "SDG", "ETB", "UGX", "TZS", "RWF", "XOF", "XAF", "GHS", "CDF", "ZMK", "ZWD", "MWK",
        "BWP", "NAD", "AOA", "SOS", "DJF", "ERN", "MRO", "GMD", "GNF", "SLL", "LRD", "BSF", "BS", "EURO", "EUROS",
        "ISK", "IKR",
    ]

    /// Currency words, lower case, with the code they stand for.
    static let words: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
        "renminbi": "CNY", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rupee": "INR",
        "rupees": "INR", "shekel": "ILS", "shekels": "ILS", "somoni": "TJS", "som": "KGS", "soms": "KGS",
        "tenge": "KZT", "manat": "TMT", "dinar": "dinar", "dinars": "dinar", "dirham": "AED", "dirhams": "AED",
        "riyal": "SAR", "riyals": "SAR", "rial": "rial", "rials": "rial", "peso": "peso", "pesos": "peso",
        "real": "BRL", "reais": "BRL", "bolivar": "VEF", "bolivars": "VEF", "bolivares": "VEF", "lempira": "HNL",
        "lempiras": "HNL", "cordoba": "NIO", "cordobas": "NIO", "quetzal": "GTQ", "quetzales": "GTQ",
        "colon": "CRC", "colones": "CRC", "franc": "franc", "francs": "franc", "lira": "TRY", "liras": "TRY",
        "naira": "NGN", "shilling": "shilling", "shillings": "shilling", "rand": "ZAR", "kwacha": "kwacha",
        "cedi": "GHS", "cedis": "GHS", "birr": "ETB", "taka": "BDT", "baht": "THB", "dong": "VND", "won": "KRW",
        "ringgit": "MYR", "lei": "RON", "leu": "RON", "hryvnia": "UAH", "lari": "GEL", "dram": "AMD",
        "zloty": "PLN", "forint": "HUF", "krona": "krona", "kronur": "ISK", "kronor": "SEK", "krone": "krone",
        "kroner": "krone", "afghanis": "AFN", "afghani": "AFN", "kyat": "MMK", "rufiyaa": "MVR",
    ]

    /// The code for a currency symbol scalar (`$`, `€`, `£`, `¥`).
    static func code(forSymbol bytes: ArraySlice<UInt8>) -> String? {
        switch Array(bytes) {
        case [0x24]: "USD"
        case [0xE2, 0x82, 0xAC]: "EUR"
        case [0xC2, 0xA3]: "GBP"
        case [0xC2, 0xA5]: "JPY"
        default: nil
        }
    }

    /// The code a written currency token stands for, or nil: `USD`, `NIS`, `BsF`, `dollars`.
    static func code(forWord word: String, asWritten written: String) -> String? {
        if let code = words[word] { return code }
        let upper = written.uppercased()
        guard codes.contains(upper), written.count >= 2 else { return nil }
        // NB: codes must be written in capitals (or `BsF`): lower-case `mad`, `try`, `som` are words.
        guard written.first?.isUppercase == true else { return nil }
        return upper.hasPrefix("EURO") ? "EUR" : upper
    }
}
