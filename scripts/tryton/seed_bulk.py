"""Add COUNT quoted sales (3 lines each, PO numbers BULK-000001…) to a seeded Crossdock Tryton database.

    seed_bulk.py CONFIG_FILE DATABASE COUNT
Quoting is cheap (about 20 ms a sale); confirming costs about 1.2 s a sale in Tryton's ORM, so bulk orders stay quoted.
"""
import sys
from decimal import Decimal

from proteus import Model, config as proteus_config


def main(config_file, database, count):
    config = proteus_config.set_trytond(database=database, config_file=config_file)
    config._context = Model.get('res.user').get_preferences(True, {})
    Sale = Model.get('sale.sale')
    SaleLine = Model.get('sale.line')
    Party = Model.get('party.party')
    Product = Model.get('product.product')
    Term = Model.get('account.invoice.payment_term')
    customers = Party.find([('name', 'in', ['Acme Retail', 'Bolt Hardware'])])
    products = Product.find([('code', 'in', ['SKU-1001', 'SKU-1002', 'SKU-1003'])], order=[('code', 'ASC')])
    term, = Term.find([], limit=1)
    start = Sale.find([('reference', 'like', 'BULK-%')], order=[('id', 'DESC')], limit=1)
    first = int(start[0].reference.split('-')[1]) + 1 if start else 1
    batch = []
    for index in range(first, first + count):
        sale = Sale(party=customers[index % len(customers)], reference='BULK-%06d' % index, payment_term=term)
        for position, product in enumerate(products):
            line = SaleLine(product=product, quantity=float(1 + (index + position) % 7))
            line.unit_price = product.list_price
            sale.lines.append(line)
        batch.append(sale)
        if len(batch) == 200:
            flush(Sale, batch)
    flush(Sale, batch)


def flush(Sale, batch):
    if not batch:
        return
    Sale.save(batch)
    Sale.click(batch, 'quote')
    batch.clear()


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
