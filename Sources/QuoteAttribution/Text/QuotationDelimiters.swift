internal import ICUShims

/// The quotation marks CLDR gives for a locale (`ulocdata_getDelimiter`): the primary
/// pair and the alternate (inner) pair.
enum QuotationDelimiters {
    static func pairs(forLocale locale: String) -> [QuotePair] {
        var buffer = [UInt16](repeating: 0, count: 64)
        var status: Int32 = 0
        let written = buffer.withUnsafeMutableBufferPointer {
            ICUShims_quotationDelimiters(locale, $0.baseAddress, Int32($0.count), &status)
        }
        guard status <= 0, written > 0 else { return [] }
        let parts = buffer[0..<Int(written)].split(separator: 0, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF16.self) }
        guard parts.count >= 4 else { return [] }
        return [QuotePair(open: parts[0], close: parts[1]), QuotePair(open: parts[2], close: parts[3])]
            .filter { !$0.open.isEmpty && !$0.close.isEmpty }
    }
}
