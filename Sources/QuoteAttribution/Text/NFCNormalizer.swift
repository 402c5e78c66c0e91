internal import ICUShims

/// NFC normalisation through ICU, with the map back to the caller's scalar offsets.
enum NFCNormalizer {
    /// The NFC form of `text` (whose UTF-16 is `units`) and, for each of its scalars, the
    /// offset of the caller's scalar it came from. Returns `nil` for the map when the text
    /// was already in NFC (news text almost always is), and then the text itself.
    static func normalize(_ text: String, units source: [UInt16]) throws(ICUError) -> (text: String, origins: [Int]?) {
        var status: Int32 = 0
        let isNormalized = source.withUnsafeBufferPointer {
            ICUShims_isNFC($0.baseAddress, Int32($0.count), &status)
        }
        try ICUError.check(status)
        if isNormalized == 1 { return (text, nil) }

        // Normalise segment by segment, cutting where NFC has a boundary, so every output
        // scalar can be traced to the segment of input it came from.
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var origins: [Int] = []
        origins.reserveCapacity(scalars.count)
        var segmentStart = 0
        var index = 1
        while segmentStart < scalars.count {
            while index < scalars.count && ICUShims_nfcHasBoundaryBefore(scalars[index].value) == 0 { index += 1 }
            let segment = String(String.UnicodeScalarView(scalars[segmentStart..<index]))
            let normalized = try normalizeSegment(segment)
            for (offset, scalar) in normalized.unicodeScalars.enumerated() {
                output.append(scalar)
                // Within a recomposed segment, later scalars point at the segment's start;
                // spans that end inside it are widened by `NormalizedText.callerSpan`.
                origins.append(normalized.unicodeScalars.count == index - segmentStart ? segmentStart + offset : segmentStart)
            }
            segmentStart = index
            index += 1
        }
        return (String(output), origins)
    }

    private static func normalizeSegment(_ segment: String) throws(ICUError) -> String {
        let units = Array(segment.utf16)
        var capacity = units.count * 3 + 4
        while true {
            var status: Int32 = 0
            var destination = [UInt16](repeating: 0, count: capacity)
            let needed = units.withUnsafeBufferPointer { source in
                destination.withUnsafeMutableBufferPointer { target in
                    ICUShims_normalizeNFC(source.baseAddress, Int32(source.count), target.baseAddress, Int32(capacity), &status)
                }
            }
            if status == ICUError.bufferOverflow {
                capacity = Int(needed) + 1
                continue
            }
            try ICUError.check(status)
            return String(decoding: destination[0..<Int(needed)], as: UTF16.self)
        }
    }
}
