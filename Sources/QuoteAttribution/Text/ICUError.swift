internal import ICUShims

/// An ICU status code that is a failure. The corresponding C macro is `U_FAILURE`:
/// codes above zero are errors, negative codes are warnings and are not failures.
/// No file but those in `Text/` looks at raw statuses.
public struct ICUError: Error, RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// ICU's name for the code (`u_errorName`), such as `U_ILLEGAL_ARGUMENT_ERROR`.
    public var description: String { String(cString: ICUShims_errorName(rawValue)) }

    /// Throws when `status` is a failure.
    static func check(_ status: Int32) throws(ICUError) {
        if status > 0 { throw ICUError(rawValue: status) }
    }

    /// `U_BUFFER_OVERFLOW_ERROR`: the caller must retry with the returned length.
    static let bufferOverflow: Int32 = 15
}
