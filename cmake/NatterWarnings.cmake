# Warnings for every Natter target; -Werror is switched on by NATTER_WERROR (CI does).
add_library(natter_warnings INTERFACE)
target_compile_options(natter_warnings INTERFACE -Wall -Wextra -Wpedantic
    $<$<BOOL:${NATTER_WERROR}>:-Werror>)
target_compile_definitions(natter_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
