package roster

import "github.com/xuri/excelize/v2"

func excelizeOpen(p, pw string) (*excelize.File, error) {
	return excelize.OpenFile(p, excelize.Options{Password: pw, UnzipSizeLimit: 1 << 30, UnzipXMLSizeLimit: 64 << 20})
}
